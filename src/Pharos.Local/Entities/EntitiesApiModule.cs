using Pharos.Local.Auth;
using Pharos.Local.Modules;

namespace Pharos.Local.Entities;

/// <summary>The read side of the Entities API v2.</summary>
internal sealed class EntitiesApiModule : ILocalApiModule
{
    private readonly EntitiesHandlers _handlers;

    public EntitiesApiModule(EntitiesHandlers handlers)
    {
        _handlers = handlers ?? throw new ArgumentNullException(nameof(handlers));
    }

    public void MapRoutes(ILocalApiRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.Map("GET", "entities", LocalScopes.EntitiesRead, _handlers.ListAsync);
        routes.Map("GET", "entities/{entityId}", LocalScopes.EntitiesRead, _handlers.GetAsync);
    }
}
