using Pharos.Catalog.Resolution;

namespace Pharos.Sync.Translation;

/// <summary>
/// A catalog item that has no Settings 2.0 object, reported instead of being dropped silently:
/// what it is, whose it is, where it is written and why it is not synced.
/// </summary>
public sealed record NotSyncedItem(string Kind, string Service, string Environment, string Item, Provenance Source, string Reason);
