namespace Pharos.Metrics.Descriptors;

/// <summary>
/// The query parameters of <c>GET /api/v2/metrics</c> as received. <c>pageSize</c> defaults to 100 (at most
/// 500); <c>fields</c> defaults to metricId, displayName, description and unit; <c>nextPageKey</c> must come alone.
/// </summary>
public sealed record MetricDescriptorListRequest
{
    public string? NextPageKey { get; init; }

    public string? MetricSelector { get; init; }

    public string? Text { get; init; }

    public string? PageSize { get; init; }

    public string? Fields { get; init; }

    public string? WrittenSince { get; init; }
}
