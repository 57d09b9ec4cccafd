using Pharos.Sync.Translation;

namespace Pharos.Sync.Engine;

/// <summary>
/// What one plan, apply or drift run should reach: the desired objects of one catalog (possibly
/// limited to some environments), what is not synced, and whether owned objects the catalog no
/// longer has are deleted (<see cref="Prune"/>) and secrets re-sent (<see cref="ForceSecrets"/>).
/// </summary>
public sealed record SyncRequest(string CatalogId, IReadOnlyList<DesiredObject> Desired, PruneScope PruneScope)
{
    public IReadOnlyList<NotSyncedItem> NotSynced { get; init; } = [];

    public bool Prune { get; init; }

    /// <summary>
    /// Dynatrace never returns secret values, so a plan compares them masked and cannot see a
    /// changed webhook URL. With this on, every desired object that holds a secret is updated.
    /// </summary>
    public bool ForceSecrets { get; init; }

    /// <summary>
    /// The request for a translated catalog. <paramref name="environments"/> limits it to those
    /// catalog environments (e.g. the ones whose objects live in this tenant); null or empty = all.
    /// </summary>
    public static SyncRequest FromTranslation(string catalogId, TranslationResult translation, IReadOnlyCollection<string>? environments = null)
    {
        ArgumentNullException.ThrowIfNull(translation);
        if (environments is null || environments.Count == 0)
        {
            return new SyncRequest(catalogId, translation.DesiredObjects, new PruneScope(catalogId)) { NotSynced = translation.NotSynced };
        }

        var selected = new HashSet<string>(environments, StringComparer.Ordinal);
        var desired = translation.DesiredObjects.Where(o => o.Environments.Any(selected.Contains)).ToList();
        var elsewhere = translation.DesiredObjects.Where(o => !o.Environments.Any(selected.Contains)).Select(o => o.ExternalId);
        var scope = new PruneScope(catalogId)
        {
            EnvironmentSlugs = selected.Select(ExternalIds.Slug).ToHashSet(StringComparer.Ordinal),
            WantedElsewhere = elsewhere.ToHashSet(StringComparer.Ordinal),
        };
        return new SyncRequest(catalogId, desired, scope)
        {
            NotSynced = translation.NotSynced.Where(n => selected.Contains(n.Environment)).ToList(),
        };
    }
}
