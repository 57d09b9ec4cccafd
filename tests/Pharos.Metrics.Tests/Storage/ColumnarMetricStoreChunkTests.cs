using Pharos.Metrics.Storage;

namespace Pharos.Metrics.Tests.Storage;

/// <summary>
/// How a series' points are cut into chunks: the first chunk of a series seals between half and all of
/// ChunkCapacity (so series written at the same pace do not all seal in the same batch), every later one
/// at ChunkCapacity, and a view taken before a seal keeps its values.
/// </summary>
public sealed class ColumnarMetricStoreChunkTests
{
    private const int Capacity = 64;

    private readonly ManualClock _clock = new(Points.Start.AddMinutes(30));

    [Fact]
    public async Task AppendAsync_ManySeriesAtTheSamePace_FirstChunksSealAtDifferentSizesLaterOnesAtCapacity()
    {
        await using var store = await Stores.OpenAsync(null, _clock, new MetricStoreOptions { ChunkCapacity = Capacity });
        for (var t = 0; t < 4 * Capacity; t++)
        {
            var batch = Enumerable.Range(0, 40).Select(s => Points.Gauge("cpu", t, Points.StartMs + t, Points.Dims("host", "h" + s))).ToArray();
            await Stores.AppendOkAsync(store, batch);
        }

        var read = await store.ReadSeriesAsync(new SeriesReadRequest("cpu", 0, long.MaxValue), CancellationToken.None);

        Assert.Equal(40, read.Series.Count);
        var firstLengths = read.Series.Select(s => s.Chunks[0].Length).ToList();
        Assert.All(firstLengths, length => Assert.InRange(length, Capacity / 2, Capacity));
        Assert.True(firstLengths.Distinct().Count() > 5, $"first chunks of 40 series should differ in size: {string.Join(",", firstLengths)}");
        Assert.All(read.Series, s => Assert.All(s.Chunks.Skip(1).SkipLast(1), c => Assert.Equal(Capacity, c.Length)));
        Assert.All(read.Series, s => Assert.Equal(Enumerable.Range(0, 4 * Capacity).Select(t => (double)t), s.Chunks.SelectMany(c => c.Sum.ToArray())));
    }

    [Fact]
    public async Task ReadSeriesAsync_ViewTakenBeforeTheHeadSeals_KeepsItsValuesAfterwards()
    {
        await using var store = await Stores.OpenAsync(null, _clock, new MetricStoreOptions { ChunkCapacity = Capacity });
        for (var t = 0; t < Capacity / 2; t++)
        {
            await Stores.AppendOkAsync(store, Points.Gauge("cpu", t, Points.StartMs + t));
        }

        var before = Assert.Single((await store.ReadSeriesAsync(new SeriesReadRequest("cpu", 0, long.MaxValue), CancellationToken.None)).Series);
        var snapshot = before.Chunks.SelectMany(c => c.Timestamps.ToArray().Zip(c.Sum.ToArray())).ToList();
        for (var t = Capacity / 2; t < 3 * Capacity; t++)
        {
            await Stores.AppendOkAsync(store, Points.Gauge("cpu", t, Points.StartMs + t));
        }

        Assert.Equal(snapshot, before.Chunks.SelectMany(c => c.Timestamps.ToArray().Zip(c.Sum.ToArray())).ToList());
        var after = Assert.Single((await store.ReadSeriesAsync(new SeriesReadRequest("cpu", 0, long.MaxValue), CancellationToken.None)).Series);
        Assert.True(after.Chunks.Count >= 3);
        Assert.Equal(Enumerable.Range(0, 3 * Capacity).Select(t => (double)t), after.Chunks.SelectMany(c => c.Sum.ToArray()));
    }

    [Fact]
    public async Task ReadSeriesAsync_FirstSummaryArrivesAfterGauges_EarlierViewsAndAllColumnsStayRight()
    {
        await using var store = await Stores.OpenAsync(null, _clock, new MetricStoreOptions { ChunkCapacity = Capacity });
        for (var t = 0; t < 10; t++)
        {
            await Stores.AppendOkAsync(store, Points.Gauge("latency", t, Points.StartMs + t));
        }

        var before = Assert.Single((await store.ReadSeriesAsync(new SeriesReadRequest("latency", 0, long.MaxValue), CancellationToken.None)).Series);
        await Stores.AppendOkAsync(store, Points.Summary("latency", 1, 9, 20, 4, Points.StartMs + 10));
        await Stores.AppendOkAsync(store, Points.Gauge("latency", 11, Points.StartMs + 11));

        var old = Assert.Single(before.Chunks);
        Assert.Equal(Enumerable.Range(0, 10).Select(t => (double)t), old.Min.ToArray());
        Assert.Equal(Enumerable.Repeat(1L, 10), old.Count.ToArray());
        var chunk = Assert.Single(Assert.Single((await store.ReadSeriesAsync(new SeriesReadRequest("latency", 0, long.MaxValue), CancellationToken.None)).Series).Chunks);
        Assert.Equal([.. Enumerable.Range(0, 10).Select(t => (double)t), 1, 11], chunk.Min.ToArray());
        Assert.Equal([.. Enumerable.Range(0, 10).Select(t => (double)t), 9, 11], chunk.Max.ToArray());
        Assert.Equal([.. Enumerable.Range(0, 10).Select(t => (double)t), 20, 11], chunk.Sum.ToArray());
        Assert.Equal([.. Enumerable.Repeat(1L, 10), 4, 1], chunk.Count.ToArray());
    }
}
