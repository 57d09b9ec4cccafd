using Pharos.Evaluation.Entities;
using Pharos.Local.Entities;
using Pharos.Local.Storage.Entities;

namespace Pharos.Local.Evaluation;

/// <summary>
/// The evaluator's view of the local entity registry: names, tags, management zones and topology, reloaded at the
/// start of each cycle (the evaluator reads it synchronously) into an <see cref="InMemoryEntityDirectory"/>
/// snapshot. Two entities are related when either names the other in its <c>fromRelationships</c> (e.g. a process
/// group instance <c>isProcessOf</c> its host), which is what Davis merging follows; entities registered without
/// relationships merge only with themselves.
/// </summary>
internal sealed class LocalEntityDirectory : IEntityDirectory
{
    private readonly IEntityStore _store;
    private InMemoryEntityDirectory _snapshot = new();

    public LocalEntityDirectory(IEntityStore store)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
    }

    public IReadOnlyCollection<EntityInfo> All => Volatile.Read(ref _snapshot).All;

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var entities = await _store.ListAsync([], cancellationToken).ConfigureAwait(false);
        var snapshot = new InMemoryEntityDirectory(entities.Select(EntityConversions.ToInfo));
        foreach (var entity in entities)
        {
            foreach (var target in EntityRelationships.Of(entity).Values.SelectMany(ids => ids))
            {
                snapshot.Relate(entity.EntityId, target);
            }
        }

        Volatile.Write(ref _snapshot, snapshot);
    }

    public EntityInfo Resolve(string entityId)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        var snapshot = Volatile.Read(ref _snapshot);
        return entityId == EntityInfo.Environment.Id && !snapshot.Contains(entityId) ? EntityInfo.Environment : snapshot.Resolve(entityId);
    }

    public IReadOnlyCollection<string> RelatedTo(string entityId) => Volatile.Read(ref _snapshot).RelatedTo(entityId);
}
