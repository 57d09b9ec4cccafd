using Pharos.Metrics.Ingest;
using Pharos.Metrics.Query.Time;
using Pharos.Metrics.Storage;

namespace Pharos.Metrics.Query.Evaluation;

/// <summary>What evaluating a selector expression yields: a number, a metric not yet read, or series.</summary>
internal abstract class Evaluated;

internal sealed class ScalarValue(double value) : Evaluated
{
    public double Value { get; } = value;
}

/// <summary>
/// A metric key whose points have not been read yet. Dimension filters that follow the key are added
/// here and passed to the store, so filtered-out series are never read.
/// </summary>
internal sealed class LazyMetric(MetricInfo metric, IReadOnlyList<DimensionFilter> filters, EvalFrame frame) : Evaluated
{
    public MetricInfo Metric { get; } = metric;

    public IReadOnlyList<DimensionFilter> Filters { get; } = filters;

    public EvalFrame Frame { get; } = frame;

    public LazyMetric WithFilter(DimensionFilter filter) => new(Metric, [.. Filters, filter], Frame);
}

/// <summary>
/// Series aligned to <see cref="Grid"/>: raw slot statistics until an aggregation is applied, then one
/// value per slot (NaN for null). After <c>:fold</c> or <c>:last</c> each series has a single point.
/// </summary>
internal sealed class SeriesSet(SlotGrid grid, MetricType metricType, bool isAggregated, List<SeriesData> series) : Evaluated
{
    public SlotGrid Grid { get; } = grid;

    public MetricType MetricType { get; set; } = metricType;

    public bool IsAggregated { get; set; } = isAggregated;

    public List<SeriesData> Series { get; set; } = series;

    /// <summary>True once <c>:fold</c> or <c>:last</c> reduced every series to one point.</summary>
    public bool IsSinglePoint { get; set; }

    public bool RateApplied { get; set; }

    /// <summary>The metric the series came from, for messages; null for arithmetic results.</summary>
    public string? MetricKey { get; init; }

    public int Length => IsSinglePoint ? 1 : Grid.Count;
}

/// <summary>One series of a <see cref="SeriesSet"/>: raw statistics or aggregated values, never both.</summary>
internal sealed class SeriesData(SeriesKey key)
{
    public SeriesKey Key { get; set; } = key;

    public RawSlots? Raw { get; set; }

    public double[]? Values { get; set; }

    /// <summary>Slots whose value was filled in by <c>:default</c>; <c>:lastReal</c> skips them.</summary>
    public bool[]? Defaulted { get; set; }

    /// <summary>Per-series timestamp of a single point (<c>:last</c>); null means the grid's.</summary>
    public long? Timestamp { get; set; }
}

/// <summary>The slots being evaluated and how far the data is shifted in time (<c>:timeshift</c>).</summary>
internal readonly record struct EvalFrame(SlotGrid Grid, long OffsetMs);
