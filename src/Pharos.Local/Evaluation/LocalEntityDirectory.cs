using Pharos.Evaluation.Entities;
using Pharos.Local.Entities;
using Pharos.Local.Storage.Entities;

namespace Pharos.Local.Evaluation;

/// <summary>
/// The evaluator's view of the local entity registry: names, tags, management zones and topology, reloaded at the
/// start of each cycle (the evaluator reads it synchronously). Two entities are related when either names the
/// other in its <c>fromRelationships</c> (e.g. a process group instance <c>isProcessOf</c> its host), which is
/// what Davis merging follows; entities registered without relationships merge only with themselves.
/// </summary>
internal sealed class LocalEntityDirectory : IEntityDirectory
{
    private readonly IEntityStore _store;
    private Dictionary<string, EntityInfo> _entities = new(StringComparer.Ordinal);
    private HashSet<(string, string)> _related = [];

    public LocalEntityDirectory(IEntityStore store)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
    }

    public IReadOnlyCollection<EntityInfo> All => Volatile.Read(ref _entities).Values;

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var entities = await _store.ListAsync([], cancellationToken).ConfigureAwait(false);
        var snapshot = new Dictionary<string, EntityInfo>(entities.Count, StringComparer.Ordinal);
        var related = new HashSet<(string, string)>();
        foreach (var entity in entities)
        {
            snapshot[entity.EntityId] = EntityConversions.ToInfo(entity);
            foreach (var target in EntityRelationships.Of(entity).Values.SelectMany(ids => ids))
            {
                related.Add((entity.EntityId, target));
                related.Add((target, entity.EntityId));
            }
        }

        Volatile.Write(ref _entities, snapshot);
        Volatile.Write(ref _related, related);
    }

    public EntityInfo Resolve(string entityId)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        if (Volatile.Read(ref _entities).TryGetValue(entityId, out var entity))
        {
            return entity;
        }

        return entityId == EntityInfo.Environment.Id ? EntityInfo.Environment : EntityInfo.FromId(entityId);
    }

    public bool AreRelated(string entityId, string otherEntityId) => Volatile.Read(ref _related).Contains((entityId, otherEntityId));
}
