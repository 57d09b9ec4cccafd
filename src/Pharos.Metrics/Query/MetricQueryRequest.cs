namespace Pharos.Metrics.Query;

/// <summary>
/// The query parameters as received (URL-decoded, not yet parsed). Null means "not given": <c>from</c>
/// defaults to <c>now-2h</c>, <c>to</c> to now, <c>resolution</c> to 120 data points.
/// </summary>
public sealed record MetricQueryRequest(string MetricSelector)
{
    public string? Resolution { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public string? EntitySelector { get; init; }
}
