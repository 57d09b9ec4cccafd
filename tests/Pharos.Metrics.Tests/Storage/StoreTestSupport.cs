using Pharos.Metrics.Ingest;
using Pharos.Metrics.Storage;

namespace Pharos.Metrics.Tests.Storage;

/// <summary>A clock tests move by hand.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    private long _ticks = now.UtcTicks;

    public DateTimeOffset Now
    {
        get => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);
        set => Interlocked.Exchange(ref _ticks, value.UtcTicks);
    }

    public long NowMs => Now.ToUnixTimeMilliseconds();

    public void Advance(TimeSpan by) => Now += by;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>A fresh directory under the system temp path, deleted afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pharos-metrics-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by an abandoned store; the OS temp cleaner gets it.
        }
    }
}

internal static class Points
{
    public static readonly DateTimeOffset Start = new(2025, 7, 8, 12, 0, 0, TimeSpan.Zero);

    public static long StartMs => Start.ToUnixTimeMilliseconds();

    public static DimensionSet Dims(params string[] pairs)
    {
        var dimensions = new List<Dimension>();
        for (var i = 0; i < pairs.Length; i += 2)
        {
            dimensions.Add(new Dimension(pairs[i], pairs[i + 1]));
        }

        return DimensionSet.Create(dimensions);
    }

    public static MetricDataPoint Gauge(string key, double value, long timestampMs, DimensionSet? dimensions = null) =>
        new(1, key, dimensions ?? DimensionSet.Empty, MetricValueKind.Gauge, value, value, value, value, 1, timestampMs, true);

    public static MetricDataPoint Delta(string key, double delta, long timestampMs, DimensionSet? dimensions = null) =>
        new(1, key, dimensions ?? DimensionSet.Empty, MetricValueKind.CountDelta, delta, delta, delta, delta, 1, timestampMs, true);

    public static MetricDataPoint Summary(string key, double min, double max, double sum, long count, long timestampMs, DimensionSet? dimensions = null) =>
        new(1, key, dimensions ?? DimensionSet.Empty, MetricValueKind.GaugeSummary, count == 0 ? 0 : sum / count, min, max, sum, count, timestampMs, true);

    public static MetricWriteBatch Batch(params MetricDataPoint[] points)
    {
        var batch = new MetricWriteBatch(points.Length);
        foreach (var point in points)
        {
            batch.Add(point);
        }

        return batch;
    }
}

internal static class Stores
{
    public static async Task<ColumnarMetricStore> OpenAsync(string? directory, TimeProvider clock, MetricStoreOptions? options = null, MetricInterner? interner = null)
    {
        var result = await ColumnarMetricStore.OpenAsync(
            (options ?? new MetricStoreOptions()) with { DirectoryPath = directory },
            interner ?? new MetricInterner(),
            clock,
            CancellationToken.None);
        Assert.True(result.Status == MetricStoreStatus.Ok, result.Message);
        return result.Store!;
    }

    public static async Task AppendOkAsync(IMetricStore store, params MetricDataPoint[] points)
    {
        var result = await store.AppendAsync(Points.Batch(points), CancellationToken.None);
        Assert.True(result.IsOk, result.Message);
    }

    /// <summary>All stored (timestamp, value) pairs of a metric, sorted, as a compact comparable list.</summary>
    public static async Task<List<(string Series, long Timestamp, double Sum, long Count)>> DumpAsync(IMetricStore store, string key)
    {
        var read = await store.ReadSeriesAsync(new SeriesReadRequest(key, long.MinValue, long.MaxValue), CancellationToken.None);
        var rows = new List<(string, long, double, long)>();
        foreach (var series in read.Series)
        {
            foreach (var chunk in series.Chunks)
            {
                for (var i = 0; i < chunk.Length; i++)
                {
                    rows.Add((series.Dimensions.ToString(), chunk.Timestamps.Span[i], chunk.Sum.Span[i], chunk.Count.Span[i]));
                }
            }
        }

        rows.Sort();
        return rows;
    }
}
