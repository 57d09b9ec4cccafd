using Pharos.Local.Entities;
using Pharos.Metrics.Query;

namespace Pharos.Local.Metrics;

/// <summary>
/// Resolves the query's <c>entitySelector</c> and <c>in(…, entitySelector(…))</c> against the local entity
/// registry, with the same selector language and diagnostics as <c>GET /entities</c>.
/// </summary>
internal sealed class LocalEntitySelectorResolver : IEntitySelectorResolver
{
    private readonly EntityResolver _resolver;

    public LocalEntitySelectorResolver(EntityResolver resolver)
    {
        _resolver = resolver ?? throw new ArgumentNullException(nameof(resolver));
    }

    public async ValueTask<EntitySelectorResolution> ResolveAsync(string entitySelector, CancellationToken cancellationToken)
    {
        var (selector, diagnostics) = EntitySelector.Parse(entitySelector);
        if (selector is null)
        {
            return EntitySelectorResolution.Invalid(string.Join(" ", diagnostics.Where(d => d.IsError).Select(d => $"{d.Code}: {d.Message}")));
        }

        var entities = await _resolver.ResolveAsync(selector, cancellationToken).ConfigureAwait(false);
        return EntitySelectorResolution.Matched(entities.Select(e => e.EntityId));
    }
}
