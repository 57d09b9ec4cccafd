namespace Pharos.Gates.Decisions;

/// <summary>
/// The result of one objective and of a whole decision. A decision takes its most severe
/// objective's outcome, in the order Info &lt; Pass &lt; Warning &lt; Inconclusive &lt; Error &lt; Fail:
/// a failure already proven outranks a question left open by an error (as Argo Rollouts ranks them).
/// </summary>
public enum Outcome
{
    /// <summary>Shown for context; never changes the decision.</summary>
    Info,
    Pass,
    Warning,
    Inconclusive,
    Error,
    Fail,
}
