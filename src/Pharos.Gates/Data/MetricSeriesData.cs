namespace Pharos.Gates.Data;

/// <summary>
/// One series of <c>GET /api/v2/metrics/query</c> (<c>result[].data[]</c>). <see cref="Values"/>
/// holds null for empty slots; each timestamp is the end of its slot.
/// </summary>
public sealed record MetricSeriesData
{
    public IReadOnlyDictionary<string, string?> Dimensions { get; init; } = new Dictionary<string, string?>();

    public IReadOnlyList<DateTimeOffset> Timestamps { get; init; } = [];

    public IReadOnlyList<double?> Values { get; init; } = [];
}
