using Pharos.Metrics.Ingest;

namespace Pharos.Metrics.Storage.Memory;

/// <summary>
/// One logged write in the form both the live path and log replay apply: points refer to a per-batch
/// series table, so each series is looked up once per batch rather than once per point.
/// </summary>
internal sealed class BatchContent(
    long wallClockMs,
    IReadOnlyList<SeriesRef> series,
    IReadOnlyList<MetricDataPoint> points,
    IReadOnlyList<int> pointSeries,
    IReadOnlyList<MetricMetadata> metadata)
{
    public long WallClockMs { get; } = wallClockMs;

    public IReadOnlyList<SeriesRef> Series { get; } = series;

    public IReadOnlyList<MetricDataPoint> Points { get; } = points;

    /// <summary>For each point, its index in <see cref="Series"/>.</summary>
    public IReadOnlyList<int> PointSeries { get; } = pointSeries;

    public IReadOnlyList<MetricMetadata> Metadata { get; } = metadata;
}

internal readonly record struct SeriesRef(string MetricKey, DimensionSet Dimensions);
