namespace Pharos.Local.Storage.Settings;

internal interface ISettingsObjectStore
{
    Task<StoredSettingsObject?> GetAsync(string objectId, CancellationToken cancellationToken);

    /// <summary>Objects of one schema on one scope, in position order.</summary>
    Task<IReadOnlyList<StoredSettingsObject>> ListInScopeAsync(string schemaId, string scope, CancellationToken cancellationToken);

    Task<StoredSettingsObject?> FindByExternalIdAsync(string schemaId, string externalId, CancellationToken cancellationToken);

    /// <summary>A page of matching objects ordered by schema, scope and position, with the total match count.</summary>
    Task<(IReadOnlyList<StoredSettingsObject> Items, int TotalCount)> QueryAsync(
        SettingsObjectFilter filter, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Applies all writes in one transaction, or none: <see cref="StoreStatus.Conflict"/> when an update token
    /// no longer matches or an external id is taken, <see cref="StoreStatus.NotFound"/> when a target is gone.
    /// </summary>
    Task<StoreStatus> ApplyAsync(IReadOnlyList<SettingsWrite> writes, CancellationToken cancellationToken);
}
