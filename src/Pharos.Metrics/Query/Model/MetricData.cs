namespace Pharos.Metrics.Query.Model;

/// <summary>
/// Body of <c>GET /api/v2/metrics/query</c> (SDK <c>MetricData</c>), fields in the order Dynatrace writes
/// them. <see cref="NextPageKey"/> is deprecated and always null but still written.
/// </summary>
public sealed record MetricData(
    long TotalCount,
    string? NextPageKey,
    string Resolution,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<MetricSeriesCollection> Result);
