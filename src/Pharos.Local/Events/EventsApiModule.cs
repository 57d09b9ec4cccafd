using Pharos.Local.Auth;
using Pharos.Local.Modules;

namespace Pharos.Local.Events;

/// <summary>The Events API v2: ingest and read.</summary>
internal sealed class EventsApiModule : ILocalApiModule
{
    private readonly EventIngestHandler _ingest;
    private readonly EventsQueryHandlers _query;

    public EventsApiModule(EventIngestHandler ingest, EventsQueryHandlers query)
    {
        _ingest = ingest ?? throw new ArgumentNullException(nameof(ingest));
        _query = query ?? throw new ArgumentNullException(nameof(query));
    }

    public void MapRoutes(ILocalApiRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.Map("POST", "events/ingest", LocalScopes.EventsIngest, _ingest.HandleAsync);
        routes.Map("GET", "events", LocalScopes.EventsRead, _query.ListAsync);
        routes.Map("GET", "events/{eventId}", LocalScopes.EventsRead, _query.GetAsync);
    }
}
