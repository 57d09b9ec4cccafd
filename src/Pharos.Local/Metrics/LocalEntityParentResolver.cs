using Pharos.Local.Entities;
using Pharos.Local.Storage.Entities;
using Pharos.Metrics.Query;

namespace Pharos.Local.Metrics;

/// <summary>
/// Parents for <c>:parents</c> from the relationships registered on entities (<see cref="EntityRegistration.FromRelationships"/>):
/// a process group instance's host, a service method's service, a disk's host. Unknown ids and entities
/// without such a relationship are left out (the query shows a null parent).
/// </summary>
internal sealed class LocalEntityParentResolver : IEntityParentResolver
{
    private readonly IEntityStore _store;

    public LocalEntityParentResolver(IEntityStore store)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
    }

    public IReadOnlyDictionary<string, string> ParentTypes => EntityRelationships.ParentTypes;

    public async ValueTask<IReadOnlyDictionary<string, string>> GetParentsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        var wanted = entityIds.ToHashSet(StringComparer.Ordinal);
        var types = wanted.Select(EntityTypes.TypeOfId).OfType<string>().Where(ParentTypes.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
        if (types.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        // One read per query rather than one per id: the local registry is small.
        var entities = await _store.ListAsync(types, cancellationToken).ConfigureAwait(false);
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in entities.Where(e => wanted.Contains(e.EntityId)))
        {
            if (EntityRelationships.ParentOf(entity) is { } parent)
            {
                parents[entity.EntityId] = parent;
            }
        }

        return parents;
    }
}
