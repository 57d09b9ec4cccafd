using System.Text.Json;
using Pharos.Local.Storage.Settings;

namespace Pharos.Local.Settings;

/// <summary>
/// The store as seen by one POST batch: objects accepted by earlier entries count for later ones
/// (maxObjects, externalId uniqueness, positions, UNIQUE constraints) before anything is written.
/// </summary>
internal sealed class SettingsBatchState
{
    private readonly ISettingsObjectStore _store;
    private readonly Dictionary<(string SchemaId, string Scope), List<StoredSettingsObject>> _scopes = [];
    private readonly Dictionary<string, StoredSettingsObject> _changed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _writeIndex = new(StringComparer.Ordinal);
    private readonly List<SettingsWrite> _writes = [];
    private readonly Dictionary<string, (StoredSettingsObject Source, JsonElement Value)> _parsed = new(StringComparer.Ordinal);

    public SettingsBatchState(ISettingsObjectStore store)
    {
        _store = store;
    }

    public IReadOnlyList<SettingsWrite> Writes => _writes;

    public async Task<List<StoredSettingsObject>> SiblingsAsync(string schemaId, string scope, CancellationToken cancellationToken)
    {
        if (!_scopes.TryGetValue((schemaId, scope), out var siblings))
        {
            siblings = [.. await _store.ListInScopeAsync(schemaId, scope, cancellationToken).ConfigureAwait(false)];
            _scopes[(schemaId, scope)] = siblings;
        }

        return siblings;
    }

    /// <summary>The parsed value of <paramref name="stored"/>, parsed once per batch however many entries read it.</summary>
    public JsonElement ParsedValue(StoredSettingsObject stored)
    {
        if (_parsed.TryGetValue(stored.ObjectId, out var hit) && ReferenceEquals(hit.Source, stored))
        {
            return hit.Value;
        }

        var value = SettingsValueChecker.ParseValue(stored);
        _parsed[stored.ObjectId] = (stored, value);
        return value;
    }

    public async Task<StoredSettingsObject?> GetAsync(string objectId, CancellationToken cancellationToken) =>
        _changed.TryGetValue(objectId, out var changed) ? changed : await _store.GetAsync(objectId, cancellationToken).ConfigureAwait(false);

    public async Task<StoredSettingsObject?> FindByExternalIdAsync(string schemaId, string externalId, CancellationToken cancellationToken)
    {
        var inBatch = _changed.Values.FirstOrDefault(o => o.SchemaId == schemaId && o.ExternalId == externalId);
        if (inBatch is not null)
        {
            return inBatch;
        }

        var stored = await _store.FindByExternalIdAsync(schemaId, externalId, cancellationToken).ConfigureAwait(false);
        // A stored owner whose externalId this batch already changed no longer holds it.
        return stored is not null && _changed.TryGetValue(stored.ObjectId, out var now) && now.ExternalId != externalId ? null : stored;
    }

    /// <summary>Records a new object, or the new state of <paramref name="previous"/> (same object id).</summary>
    public async Task RecordAsync(StoredSettingsObject next, StoredSettingsObject? previous, CancellationToken cancellationToken)
    {
        var siblings = await SiblingsAsync(next.SchemaId, next.Scope, cancellationToken).ConfigureAwait(false);
        siblings.RemoveAll(o => o.ObjectId == next.ObjectId);
        // The list stays in position order; inserting in place (after equal positions, as the store's
        // rowid tie-break would) instead of re-sorting keeps a batch of N entries linear per entry.
        siblings.Insert(UpperBound(siblings, next.Position), next);
        _changed[next.ObjectId] = next;

        if (_writeIndex.TryGetValue(next.ObjectId, out var index))
        {
            // Changed twice in one batch: keep one write, with the original expectation.
            _writes[index] = _writes[index] switch
            {
                SettingsReplace replace => replace with { Object = next },
                _ => new SettingsInsert(next),
            };
            return;
        }

        _writeIndex[next.ObjectId] = _writes.Count;
        _writes.Add(previous is null ? new SettingsInsert(next) : new SettingsReplace(next, previous.UpdateToken));
    }

    private static int UpperBound(List<StoredSettingsObject> siblings, double position)
    {
        int low = 0, high = siblings.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (siblings[middle].Position <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
