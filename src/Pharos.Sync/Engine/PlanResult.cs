using Pharos.Core.Diagnostics;
using Pharos.Sync.Translation;

namespace Pharos.Sync.Engine;

/// <summary>
/// A plan: one <see cref="PlannedChange"/> per desired object (in creation order) followed by the
/// owned objects the catalog no longer has, plus every problem found. Any error diagnostic means
/// apply writes nothing.
/// </summary>
public sealed record PlanResult(IReadOnlyList<PlannedChange> Changes, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Catalog items with no Settings 2.0 home; each also has a PH3105 warning.</summary>
    public IReadOnlyList<NotSyncedItem> NotSynced { get; init; } = [];

    /// <summary>externalId → objectId of every object of the catalog the plan listed, for resolving references.</summary>
    public IReadOnlyDictionary<string, string> ObjectIds { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>True when apply would write: something to create, update or delete.</summary>
    public bool HasChanges => Changes.Any(c => c.IsWrite);

    public int CountOf(PlanAction action) => Changes.Count(c => c.Action == action);

    public PlanResult WithDiagnostics(IEnumerable<Diagnostic> more) => this with { Diagnostics = [.. Diagnostics, .. more] };
}
