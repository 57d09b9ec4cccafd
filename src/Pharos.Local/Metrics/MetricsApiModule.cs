using Pharos.Local.Auth;
using Pharos.Local.Modules;

namespace Pharos.Local.Metrics;

/// <summary>The Metrics API v2: ingest, query and descriptors.</summary>
internal sealed class MetricsApiModule : ILocalApiModule
{
    private readonly MetricIngestHandler _ingest;
    private readonly MetricQueryHandler _query;
    private readonly MetricDescriptorHandlers _descriptors;

    public MetricsApiModule(MetricIngestHandler ingest, MetricQueryHandler query, MetricDescriptorHandlers descriptors)
    {
        _ingest = ingest ?? throw new ArgumentNullException(nameof(ingest));
        _query = query ?? throw new ArgumentNullException(nameof(query));
        _descriptors = descriptors ?? throw new ArgumentNullException(nameof(descriptors));
    }

    public void MapRoutes(ILocalApiRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.Map("POST", "metrics/ingest", LocalScopes.MetricsIngest, _ingest.HandleAsync);
        routes.Map("GET", "metrics/query", LocalScopes.MetricsRead, _query.HandleAsync);
        routes.Map("GET", "metrics", LocalScopes.MetricsRead, _descriptors.ListAsync);
        routes.Map("GET", "metrics/{metricKey}", LocalScopes.MetricsRead, _descriptors.GetAsync);
    }
}
