using Pharos.Local.Entities;

namespace Pharos.Local.Events;

/// <summary>
/// The entities an ingested event attaches to: the environment without a selector, otherwise the matched
/// entities. A selector that pins one entity (type + exact name, or entityId) creates it on first reference.
/// </summary>
internal sealed class EventTargetResolver
{
    private readonly EntityResolver _resolver;
    private readonly LocalEntityRegistry _registry;

    public EventTargetResolver(EntityResolver resolver, LocalEntityRegistry registry)
    {
        _resolver = resolver ?? throw new ArgumentNullException(nameof(resolver));
        _registry = registry ?? throw new ArgumentNullException(nameof(registry));
    }

    public async Task<(IReadOnlyList<EntityRef> Targets, bool InvalidEntityType)> ResolveAsync(EntitySelector? selector, CancellationToken cancellationToken)
    {
        if (selector is null)
        {
            return ([EntityRef.Environment], false);
        }

        if (selector.Types.Any(t => !EntityTypes.All.Contains(t.ToUpperInvariant())))
        {
            return ([], true);
        }

        var matched = await _resolver.ResolveAsync(selector, cancellationToken).ConfigureAwait(false);
        if (matched.Count > 0)
        {
            return (matched.Select(EntityRef.Of).ToList(), false);
        }

        if (selector.ExactTypeAndName() is { } exact)
        {
            var created = await _registry.EnsureAsync(exact.Type.ToUpperInvariant(), exact.Name, cancellationToken).ConfigureAwait(false);
            return ([EntityRef.Of(created)], false);
        }

        // entityId(...) bypasses the "active in the last 24 h" rule in Dynatrace; here it names entities to create.

        var byId = new List<EntityRef>();
        foreach (var id in selector.ExactIds())
        {
            var type = EntityTypes.TypeOfId(id);
            if (type is null || !EntityTypes.All.Contains(type))
            {
                return ([], true);
            }

            var entity = await _registry.RegisterAsync(new EntityRegistration(type, id) { EntityId = id }, cancellationToken).ConfigureAwait(false);
            byId.Add(EntityRef.Of(entity));
        }

        return (byId, false);
    }
}
