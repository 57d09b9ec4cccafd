using Pharos.Core.Diagnostics;

namespace Pharos.Sync.Engine;

/// <summary>
/// How the environment differs from the catalog, found read-only (no validation, no writes):
/// owned objects whose value was changed outside Pharos (or that the catalog changed since the last
/// apply), desired objects that are missing, and owned objects the catalog no longer has.
/// </summary>
public sealed record DriftReport(PlanResult Plan)
{
    public IReadOnlyList<PlannedChange> Modified => [.. Plan.Changes.Where(c => c.Action == PlanAction.Update)];

    public IReadOnlyList<PlannedChange> Missing => [.. Plan.Changes.Where(c => c.Action == PlanAction.Create)];

    public IReadOnlyList<PlannedChange> NotDesired => [.. Plan.Changes.Where(c => c.Action is PlanAction.Delete or PlanAction.Orphaned)];

    public IReadOnlyList<PlannedChange> Conflicts => [.. Plan.Changes.Where(c => c.Action == PlanAction.Conflict)];

    public IReadOnlyList<Diagnostic> Diagnostics => Plan.Diagnostics;

    public bool HasDrift => Plan.Changes.Any(c => c.Action is PlanAction.Update or PlanAction.Create or PlanAction.Delete or PlanAction.Orphaned or PlanAction.Conflict);
}
