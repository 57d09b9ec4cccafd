namespace Pharos.Dynatrace.Metrics;

/// <summary>
/// <c>GET /metrics/query</c>. Times take UTC milliseconds, ISO timestamps or <c>now-2h</c>;
/// <see cref="Resolution"/> takes <c>Inf</c>, a count of points or a span such as <c>5m</c>.
/// Unset values use the API defaults (from now-2h, to now, 120 points).
/// </summary>
public sealed record MetricQuery(string MetricSelector)
{
    public string? From { get; init; }

    public string? To { get; init; }

    public string? Resolution { get; init; }

    public string? EntitySelector { get; init; }

    public string? MzSelector { get; init; }
}
