namespace Pharos.Gates.Decisions;

public static class OutcomeFacts
{
    /// <summary>The most severe outcome; Pass when there is none (an empty list cannot fail).</summary>
    public static Outcome Worst(IEnumerable<Outcome> outcomes)
    {
        var worst = Outcome.Pass;
        foreach (var outcome in outcomes)
        {
            if (outcome > worst)
            {
                worst = outcome;
            }
        }

        return worst;
    }

    /// <summary>The lower-case word used in every report: <c>pass</c>, <c>warning</c>, …</summary>
    public static string Word(this Outcome outcome) => outcome switch
    {
        Outcome.Info => "info",
        Outcome.Pass => "pass",
        Outcome.Warning => "warning",
        Outcome.Inconclusive => "inconclusive",
        Outcome.Error => "error",
        Outcome.Fail => "fail",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
