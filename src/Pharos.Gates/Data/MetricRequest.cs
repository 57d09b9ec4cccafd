namespace Pharos.Gates.Data;

/// <summary>
/// <c>GET /api/v2/metrics/query</c>. <see cref="Resolution"/> is the API's (<c>1m</c>, <c>Inf</c>, …);
/// the adapter returns every series of every result collection.
/// </summary>
public sealed record MetricRequest(string MetricSelector, string? EntitySelector, DateTimeOffset From, DateTimeOffset To, string? Resolution)
{
    public string Describe() => RequestText.Get(
        "/api/v2/metrics/query",
        ("metricSelector", MetricSelector),
        ("entitySelector", EntitySelector),
        ("from", RequestText.Time(From)),
        ("to", RequestText.Time(To)),
        ("resolution", Resolution));

    public override string ToString() => Describe();
}
