using Pharos.Local.Entities;

namespace Pharos.Local.Storage.Entities;

internal interface IEntityStore
{
    /// <summary>Inserts or replaces the entity with this id.</summary>
    Task<StoreStatus> UpsertAsync(LocalEntity entity, CancellationToken cancellationToken);

    /// <summary>Inserts entities whose id is not stored yet and leaves existing ones untouched, in one transaction.</summary>
    Task<StoreStatus> InsertMissingAsync(IReadOnlyCollection<LocalEntity> entities, CancellationToken cancellationToken);

    Task<LocalEntity?> GetAsync(string entityId, CancellationToken cancellationToken);

    /// <summary>Entities of the given types (all types when empty), ordered by type and name.</summary>
    Task<IReadOnlyList<LocalEntity>> ListAsync(IReadOnlyCollection<string> types, CancellationToken cancellationToken);

    /// <summary>Marks entities as seen at <paramref name="seenMillis"/> (events refer to them).</summary>
    Task<StoreStatus> TouchAsync(IReadOnlyCollection<string> entityIds, long seenMillis, CancellationToken cancellationToken);
}
