namespace Pharos.Metrics.Ingest;

/// <summary>The numbers of one payload, already in the uniform Min/Max/Sum/Count form.</summary>
internal readonly record struct PayloadValue(MetricValueKind Kind, double Value, double Min, double Max, double Sum, long Count)
{
    public static PayloadValue Gauge(double value) => new(MetricValueKind.Gauge, value, value, value, value, 1);

    public static PayloadValue Delta(double delta) => new(MetricValueKind.CountDelta, delta, delta, delta, delta, 1);

    public static PayloadValue Summary(double min, double max, double sum, long count) =>
        new(MetricValueKind.GaugeSummary, count == 0 ? 0 : sum / count, min, max, sum, count);
}
