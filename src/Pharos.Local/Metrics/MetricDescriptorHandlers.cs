using Microsoft.AspNetCore.Http;
using Pharos.Local.Http;
using Pharos.Local.Slo;
using Pharos.Metrics.Descriptors;
using Pharos.Metrics.Descriptors.Model;

namespace Pharos.Local.Metrics;

/// <summary>
/// <c>GET /metrics</c> (metricSelector with wildcards, text, fields, writtenSince, pageSize; nextPageKey
/// alone) and <c>GET /metrics/{metricKey}</c> (a key, optionally with aggregation, :merge or :splitBy).
/// </summary>
internal sealed class MetricDescriptorHandlers
{
    private readonly MetricStoreHost _host;
    private readonly SloMetricDescriptors _slo;

    public MetricDescriptorHandlers(MetricStoreHost host, SloMetricDescriptors slo)
    {
        _host = host ?? throw new ArgumentNullException(nameof(host));
        _slo = slo ?? throw new ArgumentNullException(nameof(slo));
    }

    public async Task ListAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var request = context.Request;
        if (await CheckRequestAsync(context, cancellationToken).ConfigureAwait(false) is not { } services)
        {
            return;
        }

        var list = new MetricDescriptorListRequest
        {
            NextPageKey = QueryParameters.Get(request, "nextPageKey"),
            MetricSelector = QueryParameters.Get(request, "metricSelector"),
            Text = QueryParameters.Get(request, "text"),
            PageSize = QueryParameters.Get(request, "pageSize"),
            Fields = QueryParameters.Get(request, "fields"),
            WrittenSince = QueryParameters.Get(request, "writtenSince"),
        };
        var result = await services.Descriptors.ListAsync(list, cancellationToken).ConfigureAwait(false);
        if (!result.IsOk || result.Collection is null)
        {
            await MetricApiResponses.WriteProblemsAsync(context, result.Status, result.Diagnostics, cancellationToken).ConfigureAwait(false);
            return;
        }

        var collection = await _slo.AppendAsync(result.Collection, list.MetricSelector, list.Text, cancellationToken).ConfigureAwait(false);
        await MetricApiResponses.WriteAsync(context, StatusCodes.Status200OK, collection, MetricDescriptorJson.CollectionTypeInfo, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task GetAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        if (await CheckRequestAsync(context, cancellationToken).ConfigureAwait(false) is not { } services)
        {
            return;
        }

        var metricKey = (string)context.Request.RouteValues["metricKey"]!;
        if (await _slo.GetAsync(metricKey, cancellationToken).ConfigureAwait(false) is { } sloDescriptor)
        {
            await MetricApiResponses.WriteAsync(context, StatusCodes.Status200OK, sloDescriptor, MetricDescriptorJson.DescriptorTypeInfo, cancellationToken).ConfigureAwait(false);
            return;
        }

        var result = await services.Descriptors.GetAsync(metricKey, cancellationToken).ConfigureAwait(false);
        if (!result.IsOk || result.Descriptor is null)
        {
            await MetricApiResponses.WriteProblemsAsync(context, result.Status, result.Diagnostics, cancellationToken).ConfigureAwait(false);
            return;
        }

        await MetricApiResponses.WriteAsync(context, StatusCodes.Status200OK, result.Descriptor, MetricDescriptorJson.DescriptorTypeInfo, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The open services, or null after answering 406, 400 (unsupported parameter) or 503.</summary>
    private async Task<MetricServices?> CheckRequestAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (!MetricApiResponses.AcceptsJson(request))
        {
            await ApiJson.WriteErrorAsync(context, StatusCodes.Status406NotAcceptable, MetricsMessages.NotAcceptable, null, cancellationToken).ConfigureAwait(false);
            return null;
        }

        var violations = MetricApiResponses.UnsupportedParameters(request, "metadataSelector");
        if (QueryParameters.Get(request, "writtenSinceMode") is { } mode && !string.Equals(mode, "INCLUDE", StringComparison.Ordinal))
        {
            violations.Add(ConstraintViolation.InQuery("writtenSinceMode", MetricsMessages.UnsupportedParameter("writtenSinceMode=" + mode)));
        }

        if (violations.Count > 0)
        {
            await ApiJson.WriteConstraintsViolatedAsync(context, violations, cancellationToken).ConfigureAwait(false);
            return null;
        }

        var services = await _host.GetAsync(cancellationToken).ConfigureAwait(false);
        if (services is null)
        {
            await MetricApiResponses.WriteStoreClosedAsync(context, cancellationToken).ConfigureAwait(false);
        }

        return services;
    }
}
