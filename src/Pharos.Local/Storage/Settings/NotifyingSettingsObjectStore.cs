using Pharos.Local.Settings;

namespace Pharos.Local.Storage.Settings;

/// <summary>
/// Passes every call to the real store and, after a batch of writes commits, tells the
/// <see cref="ISettingsChangeListener"/>s what changed. Every settings write path (POST, PUT, DELETE)
/// goes through <see cref="ApplyAsync"/>, so this is the one place that sees them all.
/// </summary>
internal sealed class NotifyingSettingsObjectStore : ISettingsObjectStore
{
    private readonly ISettingsObjectStore _inner;
    private readonly ISettingsChangeListener[] _listeners;

    public NotifyingSettingsObjectStore(ISettingsObjectStore inner, IEnumerable<ISettingsChangeListener> listeners)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _listeners = [.. listeners ?? throw new ArgumentNullException(nameof(listeners))];
    }

    public Task<StoredSettingsObject?> GetAsync(string objectId, CancellationToken cancellationToken) =>
        _inner.GetAsync(objectId, cancellationToken);

    public Task<IReadOnlyList<StoredSettingsObject>> ListInScopeAsync(string schemaId, string scope, CancellationToken cancellationToken) =>
        _inner.ListInScopeAsync(schemaId, scope, cancellationToken);

    public Task<StoredSettingsObject?> FindByExternalIdAsync(string schemaId, string externalId, CancellationToken cancellationToken) =>
        _inner.FindByExternalIdAsync(schemaId, externalId, cancellationToken);

    public Task<(IReadOnlyList<StoredSettingsObject> Items, int TotalCount)> QueryAsync(
        SettingsObjectFilter filter, int offset, int limit, CancellationToken cancellationToken) =>
        _inner.QueryAsync(filter, offset, limit, cancellationToken);

    public async Task<StoreStatus> ApplyAsync(IReadOnlyList<SettingsWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (_listeners.Length == 0)
        {
            return await _inner.ApplyAsync(writes, cancellationToken).ConfigureAwait(false);
        }

        // A delete names only the object id; read what it deletes first (callers hold the settings write
        // gate, so nothing changes the object in between).
        var deleted = new Dictionary<string, StoredSettingsObject>(StringComparer.Ordinal);
        foreach (var delete in writes.OfType<SettingsDelete>())
        {
            if (await _inner.GetAsync(delete.ObjectId, cancellationToken).ConfigureAwait(false) is { } current)
            {
                deleted[delete.ObjectId] = current;
            }
        }

        var status = await _inner.ApplyAsync(writes, cancellationToken).ConfigureAwait(false);
        if (status != StoreStatus.Ok)
        {
            return status;
        }

        var changes = new List<SettingsChange>(writes.Count);
        foreach (var write in writes)
        {
            switch (write)
            {
                case SettingsInsert insert:
                    changes.Add(Changed(insert.Object));
                    break;
                case SettingsReplace replace:
                    changes.Add(Changed(replace.Object));
                    break;
                case SettingsDelete delete when deleted.TryGetValue(delete.ObjectId, out var old):
                    changes.Add(new SettingsChange(old.ObjectId, old.SchemaId, old.Scope, null));
                    break;
            }
        }

        foreach (var listener in _listeners)
        {
            await listener.OnCommittedAsync(changes, CancellationToken.None).ConfigureAwait(false);
        }

        return status;
    }

    private static SettingsChange Changed(StoredSettingsObject stored) =>
        new(stored.ObjectId, stored.SchemaId, stored.Scope, stored.ValueJson);
}
