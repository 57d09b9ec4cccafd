namespace Pharos.Metrics.Query;

/// <summary>Query limits; defaults are the documented Metrics API v2 limits.</summary>
public sealed record MetricQueryOptions
{
    public static MetricQueryOptions Default { get; } = new();

    /// <summary>Series per selector in the response.</summary>
    public int MaxSeries { get; init; } = 1_000;

    /// <summary>Time slots per series (one week at one-minute resolution).</summary>
    public int MaxPointsPerSeries { get; init; } = 10_080;

    /// <summary>Data points in the whole response.</summary>
    public int MaxTotalPoints { get; init; } = 100_000;

    /// <summary>Stored series one metric may contribute before transformations reduce them ("tuples read").</summary>
    public int MaxReadSeries { get; init; } = 100_000;

    /// <summary>Slots materialised per metric before aggregation (series × slots); bounds query memory.</summary>
    public long MaxReadSlots { get; init; } = 20_000_000;

    /// <summary>Data points the API may read per query; <c>dataPointCountRatio</c> is relative to it.</summary>
    public long DataPointReadLimit { get; init; } = 20_000_000;

    /// <summary>The target number of points when <c>resolution</c> is not given.</summary>
    public int DefaultPointCount { get; init; } = 120;
}
