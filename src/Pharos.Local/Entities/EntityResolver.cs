using Pharos.Local.Storage.Entities;

namespace Pharos.Local.Entities;

/// <summary>Finds the entities a selector matches (the local environment keeps few enough to filter in memory).</summary>
internal sealed class EntityResolver
{
    private readonly IEntityStore _store;

    public EntityResolver(IEntityStore store)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
    }

    public async Task<IReadOnlyList<LocalEntity>> ResolveAsync(EntitySelector selector, CancellationToken cancellationToken)
    {
        var candidates = await _store.ListAsync(selector.Types.Select(t => t.ToUpperInvariant()).ToList(), cancellationToken).ConfigureAwait(false);
        return candidates.Where(selector.Matches).ToList();
    }
}
