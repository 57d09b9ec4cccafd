namespace Pharos.Metrics.Storage;

/// <summary>
/// Reads the series of <see cref="MetricKey"/> with data in [<see cref="FromMs"/>, <see cref="ToMs"/>).
/// <see cref="MaxSeries"/> stops the read early (the result says it was truncated), so a query over a
/// high-cardinality metric fails fast instead of materialising every series.
/// </summary>
public sealed record SeriesReadRequest(string MetricKey, long FromMs, long ToMs)
{
    public DimensionFilter? Filter { get; init; }

    public int MaxSeries { get; init; } = int.MaxValue;
}
