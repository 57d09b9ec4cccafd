using System.Globalization;
using Microsoft.AspNetCore.Http;
using Pharos.Core.Diagnostics;
using Pharos.Local.Entities;
using Pharos.Local.Http;
using Pharos.Local.Slo;
using Pharos.Metrics.Query;
using Pharos.Metrics.Query.Model;

namespace Pharos.Local.Metrics;

/// <summary>
/// <c>GET /metrics/query</c>: <c>metricSelector</c>, <c>resolution</c>, <c>from</c>, <c>to</c> and
/// <c>entitySelector</c> go to the query engine as received; <c>mzSelector</c> is resolved here to the
/// entities of the zones and handed over as the query's scope. 200 MetricData, 400 with a constraint
/// violation per problem (path = the parameter), 404 for an unknown metric.
/// </summary>
internal sealed class MetricQueryHandler
{
    private readonly MetricStoreHost _host;
    private readonly SloMetricQuery _slo;
    private readonly EntityResolver _entities;

    public MetricQueryHandler(MetricStoreHost host, SloMetricQuery slo, EntityResolver entities)
    {
        _host = host ?? throw new ArgumentNullException(nameof(host));
        _slo = slo ?? throw new ArgumentNullException(nameof(slo));
        _entities = entities ?? throw new ArgumentNullException(nameof(entities));
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

        var metricSelector = QueryParameters.Get(request, "metricSelector") ?? "";
        var zoneText = QueryParameters.Get(request, ManagementZoneSelector.Parameter);
        ManagementZoneSelector? zones = null;
        if (zoneText is not null)
        {
            var (parsed, diagnostics) = ManagementZoneSelector.Parse(zoneText);
            var violations = SloMetricQuery.Handles(metricSelector)
                ? MetricApiResponses.UnsupportedParameters(request, ManagementZoneSelector.Parameter)
                : diagnostics.Where(d => d.IsError).Select(ZoneViolation).ToList();
            if (violations.Count > 0)
            {
                await ApiJson.WriteConstraintsViolatedAsync(context, violations, cancellationToken).ConfigureAwait(false);
                return;
            }

            zones = parsed;
        }

        if (await _host.GetAsync(cancellationToken).ConfigureAwait(false) is not { } services)
        {
            await MetricApiResponses.WriteStoreClosedAsync(context, cancellationToken).ConfigureAwait(false);
            return;
        }

        var query = new MetricQueryRequest(metricSelector)
        {
            Resolution = QueryParameters.Get(request, "resolution"),
            From = QueryParameters.Get(request, "from"),
            To = QueryParameters.Get(request, "to"),
            EntitySelector = QueryParameters.Get(request, "entitySelector"),
            ScopeEntityIds = zones is null ? null : await zones.ResolveEntityIdsAsync(_entities, cancellationToken).ConfigureAwait(false),
        };
        if (SloMetricQuery.Handles(query.MetricSelector))
        {
            await _slo.HandleAsync(context, query).ConfigureAwait(false);
            return;
        }

        var result = await services.Engine.QueryAsync(query, cancellationToken).ConfigureAwait(false);
        if (!result.IsOk || result.Data is null)
        {
            await MetricApiResponses.WriteProblemsAsync(context, result.Status, result.Diagnostics, cancellationToken).ConfigureAwait(false);
            return;
        }

        await MetricApiResponses.WriteAsync(context, StatusCodes.Status200OK, result.Data, MetricQueryJson.DataTypeInfo, cancellationToken).ConfigureAwait(false);
    }

    // Like the entity selector errors of GET /entities (path = parameter, message = "CODE: text"), plus the
    // column in the selector text as the violation's location so a client can point at it.
    private static ConstraintViolation ZoneViolation(Diagnostic diagnostic) => new(
        ManagementZoneSelector.Parameter,
        $"{diagnostic.Code}: {diagnostic.Message}",
        ConstraintViolation.Query,
        diagnostic.Location is { } at ? string.Create(CultureInfo.InvariantCulture, $"column {at.Column}") : null);
}
