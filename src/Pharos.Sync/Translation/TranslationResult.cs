namespace Pharos.Sync.Translation;

/// <summary>
/// The desired Dynatrace state of a catalog: objects in creation order (kind, then externalId),
/// and the items that have no Settings 2.0 home.
/// </summary>
public sealed record TranslationResult(IReadOnlyList<DesiredObject> DesiredObjects, IReadOnlyList<NotSyncedItem> NotSynced)
{
    public static TranslationResult Empty { get; } = new([], []);
}
