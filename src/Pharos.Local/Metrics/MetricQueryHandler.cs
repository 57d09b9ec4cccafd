using Microsoft.AspNetCore.Http;
using Pharos.Local.Http;
using Pharos.Metrics.Query;
using Pharos.Metrics.Query.Model;

namespace Pharos.Local.Metrics;

/// <summary>
/// <c>GET /metrics/query</c>: <c>metricSelector</c>, <c>resolution</c>, <c>from</c>, <c>to</c> and
/// <c>entitySelector</c> go to the query engine as received; 200 MetricData, 400 with a constraint
/// violation per problem (path = the parameter), 404 for an unknown metric.
/// </summary>
internal sealed class MetricQueryHandler
{
    private readonly MetricStoreHost _host;

    public MetricQueryHandler(MetricStoreHost host)
    {
        _host = host ?? throw new ArgumentNullException(nameof(host));
    }

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var request = context.Request;
        if (!MetricApiResponses.AcceptsJson(request))
        {
            await ApiJson.WriteErrorAsync(context, StatusCodes.Status406NotAcceptable, MetricsMessages.NotAcceptable, null, cancellationToken).ConfigureAwait(false);
            return;
        }

        var unsupported = MetricApiResponses.UnsupportedParameters(request, "mzSelector");
        if (unsupported.Count > 0)
        {
            await ApiJson.WriteConstraintsViolatedAsync(context, unsupported, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (await _host.GetAsync(cancellationToken).ConfigureAwait(false) is not { } services)
        {
            await MetricApiResponses.WriteStoreClosedAsync(context, cancellationToken).ConfigureAwait(false);
            return;
        }

        var query = new MetricQueryRequest(QueryParameters.Get(request, "metricSelector") ?? "")
        {
            Resolution = QueryParameters.Get(request, "resolution"),
            From = QueryParameters.Get(request, "from"),
            To = QueryParameters.Get(request, "to"),
            EntitySelector = QueryParameters.Get(request, "entitySelector"),
        };
        var result = await services.Engine.QueryAsync(query, cancellationToken).ConfigureAwait(false);
        if (!result.IsOk || result.Data is null)
        {
            await MetricApiResponses.WriteProblemsAsync(context, result.Status, result.Diagnostics, cancellationToken).ConfigureAwait(false);
            return;
        }

        await MetricApiResponses.WriteAsync(context, StatusCodes.Status200OK, result.Data, MetricQueryJson.DataTypeInfo, cancellationToken).ConfigureAwait(false);
    }
}
