using Pharos.Metrics.Ingest;

namespace Pharos.Metrics.Storage.Memory;

/// <summary>
/// One logged write in the form both the live path and log replay apply: each point carries the
/// <see cref="SeriesRegistry"/> number of its series, so the writer finds the series through an array.
/// </summary>
internal sealed class BatchContent(
    long wallClockMs,
    IReadOnlyList<MetricDataPoint> points,
    int[] pointSeries,
    IReadOnlyList<MetricMetadata> metadata)
{
    public long WallClockMs { get; } = wallClockMs;

    public IReadOnlyList<MetricDataPoint> Points { get; } = points;

    /// <summary>For each point, the registry number of its series.</summary>
    public int[] PointSeries { get; } = pointSeries;

    public IReadOnlyList<MetricMetadata> Metadata { get; } = metadata;
}
