using Pharos.Local.Auth;
using Pharos.Local.Modules;

namespace Pharos.Local.Slo;

/// <summary>The SLO API v2 (read side): SLOs are configured through <c>builtin:monitoring.slo</c> settings objects.</summary>
internal sealed class SloApiModule : ILocalApiModule
{
    private readonly SloHandlers _handlers;

    public SloApiModule(SloHandlers handlers)
    {
        _handlers = handlers ?? throw new ArgumentNullException(nameof(handlers));
    }

    public void MapRoutes(ILocalApiRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.Map("GET", "slo", LocalScopes.SloRead, _handlers.ListAsync);
        routes.Map("GET", "slo/{id}", LocalScopes.SloRead, _handlers.GetAsync);
    }
}
