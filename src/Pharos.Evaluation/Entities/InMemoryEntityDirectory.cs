namespace Pharos.Evaluation.Entities;

/// <summary>Entities and relations held in memory; relations are symmetric.</summary>
public sealed class InMemoryEntityDirectory : IEntityDirectory
{
    private readonly Dictionary<string, EntityInfo> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _related = new(StringComparer.Ordinal);

    public InMemoryEntityDirectory(IEnumerable<EntityInfo>? entities = null)
    {
        foreach (var entity in entities ?? [])
        {
            Add(entity);
        }
    }

    public IReadOnlyCollection<EntityInfo> All => _entities.Values;

    public InMemoryEntityDirectory Add(EntityInfo entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        _entities[entity.Id] = entity;
        return this;
    }

    public InMemoryEntityDirectory Relate(string entityId, string otherEntityId)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        ArgumentNullException.ThrowIfNull(otherEntityId);
        if (entityId != otherEntityId)
        {
            Neighbours(entityId).Add(otherEntityId);
            Neighbours(otherEntityId).Add(entityId);
        }

        return this;
    }

    public bool Contains(string entityId) => _entities.ContainsKey(entityId);

    public EntityInfo Resolve(string entityId) =>
        _entities.TryGetValue(entityId, out var entity) ? entity : EntityInfo.FromId(entityId);

    public IReadOnlyCollection<string> RelatedTo(string entityId) =>
        _related.TryGetValue(entityId, out var related) ? related : [];

    private HashSet<string> Neighbours(string entityId)
    {
        if (!_related.TryGetValue(entityId, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            _related[entityId] = set;
        }

        return set;
    }
}
