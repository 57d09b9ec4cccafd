namespace Pharos.Metrics.Ingest;

/// <summary>
/// One accepted data point. <see cref="MetricKey"/> is the stored key (after the <c>.count</c>/<c>.gauge</c>
/// suffix rule) and, like <see cref="Dimensions"/>, is shared through <see cref="MetricInterner"/>.
/// </summary>
public readonly struct MetricDataPoint
{
    public MetricDataPoint(
        int line,
        string metricKey,
        DimensionSet dimensions,
        MetricValueKind kind,
        double value,
        double min,
        double max,
        double sum,
        long count,
        long timestampMs,
        bool hasTimestamp)
    {
        Line = line;
        MetricKey = metricKey;
        Dimensions = dimensions;
        Kind = kind;
        Value = value;
        Min = min;
        Max = max;
        Sum = sum;
        Count = count;
        TimestampMs = timestampMs;
        HasTimestamp = hasTimestamp;
    }

    /// <summary>1-based line number in the request body.</summary>
    public int Line { get; }

    public string MetricKey { get; }

    public DimensionSet Dimensions { get; }

    public MetricValueKind Kind { get; }

    /// <summary>The gauge value or the count delta; for a summary, Sum / Count (0 when Count is 0).</summary>
    public double Value { get; }

    public double Min { get; }

    public double Max { get; }

    public double Sum { get; }

    public long Count { get; }

    /// <summary>UTC milliseconds since the Unix epoch; the server's time when the line had none.</summary>
    public long TimestampMs { get; }

    /// <summary>False when the line carried no timestamp and <see cref="TimestampMs"/> is the server's time.</summary>
    public bool HasTimestamp { get; }

    public MetricType Type => Kind == MetricValueKind.CountDelta ? MetricType.Count : MetricType.Gauge;
}
