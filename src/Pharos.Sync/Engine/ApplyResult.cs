using Pharos.Core.Diagnostics;

namespace Pharos.Sync.Engine;

/// <summary>
/// An apply: the plan it executed and one outcome per write. When the plan had errors nothing was
/// attempted (<see cref="Outcomes"/> is empty). <see cref="Diagnostics"/> are the plan's followed
/// by one per failed or skipped write, each pointing at its catalog item.
/// </summary>
public sealed record ApplyResult(PlanResult Plan, IReadOnlyList<ObjectOutcome> Outcomes, IReadOnlyList<Diagnostic> Diagnostics)
{
    public int CountOf(OutcomeStatus status) => Outcomes.Count(o => o.Status == status);

    /// <summary>The plan was clean and every write was applied.</summary>
    public bool Succeeded => !Plan.HasErrors && Outcomes.All(o => o.Status == OutcomeStatus.Applied);
}
