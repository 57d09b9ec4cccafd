using Pharos.Local.Entities;
using Pharos.Local.Storage.Entities;
using Pharos.Metrics.Query;

namespace Pharos.Local.Metrics;

/// <summary>Display names for <c>:names</c> from the local entity registry; unknown ids are left out (shown by id).</summary>
internal sealed class LocalEntityNameResolver : IEntityNameResolver
{
    private readonly IEntityStore _store;

    public LocalEntityNameResolver(IEntityStore store)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
    }

    public async ValueTask<IReadOnlyDictionary<string, string>> GetNamesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        var wanted = entityIds.ToHashSet(StringComparer.Ordinal);
        var types = wanted.Select(EntityTypes.TypeOfId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (types.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        // One read per query rather than one per id: the local registry is small.
        var entities = await _store.ListAsync(types, cancellationToken).ConfigureAwait(false);
        return entities.Where(e => wanted.Contains(e.EntityId)).ToDictionary(e => e.EntityId, e => e.DisplayName, StringComparer.Ordinal);
    }
}
