namespace Pharos.Metrics.Query.Model;

/// <summary>
/// One series: its dimension values (in order, and by key), slot-end timestamps and values, null where a
/// slot has no data. A null dimension value marks the remainder or a dimension the series lacks.
/// </summary>
public sealed record MetricSeries(
    IReadOnlyList<string?> Dimensions,
    IReadOnlyDictionary<string, string?> DimensionMap,
    IReadOnlyList<long> Timestamps,
    IReadOnlyList<double?> Values);
