namespace Pharos.Metrics.Query.Model;

/// <summary>
/// The result of one selector. <see cref="MetricId"/> echoes the selector in canonical form, with its
/// transformations. The ratios relate what the query read to the API's read limits.
/// </summary>
public sealed record MetricSeriesCollection(
    string MetricId,
    double DataPointCountRatio,
    double DimensionCountRatio,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<MetricSeries> Data);
