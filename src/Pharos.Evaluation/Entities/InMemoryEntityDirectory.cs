namespace Pharos.Evaluation.Entities;

/// <summary>Entities and relations held in memory; relations are symmetric.</summary>
public sealed class InMemoryEntityDirectory : IEntityDirectory
{
    private readonly Dictionary<string, EntityInfo> _entities = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> _relations = [];

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
        _relations.Add(Ordered(entityId, otherEntityId));
        return this;
    }

    public EntityInfo Resolve(string entityId) =>
        _entities.TryGetValue(entityId, out var entity) ? entity : EntityInfo.FromId(entityId);

    public bool AreRelated(string entityId, string otherEntityId) => _relations.Contains(Ordered(entityId, otherEntityId));

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
