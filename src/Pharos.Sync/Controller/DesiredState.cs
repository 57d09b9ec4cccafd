using Pharos.Catalog.Resolution;

namespace Pharos.Sync.Controller;

/// <summary>
/// What one reconcile should make true: the targets read from the source (for a ConfigMap that is
/// currently unreadable, its last good content), and the ones that had to be withheld. A withheld
/// target must not be pruned: its objects in Dynatrace stay as they are until its ConfigMap is
/// readable again — a typo in one ConfigMap must never delete a service's monitoring.
/// </summary>
public sealed record DesiredState(IReadOnlyList<ResolvedTarget> Targets, IReadOnlyList<WithheldDocument> Withheld, SourceSnapshot Snapshot)
{
    /// <summary>Services whose Dynatrace objects must be left alone this time (see <see cref="WithheldDocument"/>).</summary>
    public IReadOnlySet<string> ProtectedServices { get; } = Withheld.Where(w => w.Service is not null).Select(w => w.Service!).ToHashSet(StringComparer.Ordinal);
}

/// <summary>
/// A document that gave no target and had no earlier good content: unreadable, or a duplicate of
/// another ConfigMap's target. <see cref="Service"/> is the best guess at whose it is (from
/// application.json or the <c>app</c> label), null when even that is unknown.
/// </summary>
public sealed record WithheldDocument(string Key, string? Service, string? Environment, string Reason);
