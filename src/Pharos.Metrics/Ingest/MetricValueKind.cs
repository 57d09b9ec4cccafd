namespace Pharos.Metrics.Ingest;

/// <summary>The payload form a line used; every kind fills Min/Max/Sum/Count so storage can aggregate uniformly.</summary>
public enum MetricValueKind : byte
{
    /// <summary><c>gauge,80.6</c> or a bare <c>80.6</c>: Min = Max = Sum = Value, Count = 1.</summary>
    Gauge,

    /// <summary><c>gauge,min=..,max=..,sum=..,count=..</c>.</summary>
    GaugeSummary,

    /// <summary><c>count,delta=50</c>: Value = Min = Max = Sum = delta, Count = 1.</summary>
    CountDelta,
}
