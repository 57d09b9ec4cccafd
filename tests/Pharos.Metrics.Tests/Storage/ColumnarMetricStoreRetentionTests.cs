using Pharos.Metrics.Storage;

namespace Pharos.Metrics.Tests.Storage;

public sealed class ColumnarMetricStoreRetentionTests
{
    private readonly ManualClock _clock = new(Points.Start);

    [Fact]
    public async Task ApplyRetentionAsync_DropsChunksOlderThanTheRetentionAndEmptySeries()
    {
        var options = new MetricStoreOptions { Retention = TimeSpan.FromDays(14), ChunkCapacity = 16 };
        await using var store = await Stores.OpenAsync(null, _clock, options);
        var day = (long)TimeSpan.FromDays(1).TotalMilliseconds;
        var points = Enumerable.Range(0, 32).Select(i => Points.Gauge("cpu", i, Points.StartMs - (10 * day) + i, Points.Dims("host", "old"))).ToList();
        points.Add(Points.Gauge("cpu", 100, Points.StartMs - (10 * day), Points.Dims("host", "gone")));
        points.Add(Points.Gauge("cpu", 200, Points.StartMs, Points.Dims("host", "new")));
        await Stores.AppendOkAsync(store, [.. points]);
        _clock.Advance(TimeSpan.FromDays(5));

        var result = await store.ApplyRetentionAsync(CancellationToken.None);

        Assert.Equal(new RetentionResult(MetricStoreStatus.Ok, _clock.NowMs - (14 * day), 33, 2), result);
        Assert.Equal([("host=new", Points.StartMs, 200.0, 1L)], await Stores.DumpAsync(store, "cpu"));
        Assert.Equal(1, (await store.GetMetricAsync("cpu", CancellationToken.None))!.SeriesCount);
    }

    [Fact]
    public async Task AppendAsync_PointOlderThanRetention_IsCountedAsExpiredNotStored()
    {
        await using var store = await Stores.OpenAsync(null, _clock, new MetricStoreOptions { Retention = TimeSpan.FromHours(1) });

        var result = await store.AppendAsync(
            Points.Batch(Points.Gauge("cpu", 1, Points.StartMs - 7_200_000), Points.Gauge("cpu", 2, Points.StartMs)),
            CancellationToken.None);

        Assert.Equal((1, 1), (result.PointsStored, result.PointsExpired));
        Assert.Equal([2.0], (await Stores.DumpAsync(store, "cpu")).Select(r => r.Sum));
    }

    [Fact]
    public async Task Reopen_AfterRetentionPeriodPassed_ReplayDropsExpiredPoints()
    {
        using var directory = new TempDirectory();
        var options = new MetricStoreOptions { Retention = TimeSpan.FromHours(2) };
        var store = await Stores.OpenAsync(directory.Path, _clock, options);
        await Stores.AppendOkAsync(store, Points.Gauge("cpu", 1, Points.StartMs), Points.Gauge("cpu", 2, Points.StartMs + 3_600_000));
        await store.AbandonForTestingAsync();
        _clock.Advance(TimeSpan.FromHours(2.5));

        await using var reopened = await Stores.OpenAsync(directory.Path, _clock, options);

        Assert.Equal([2.0], (await Stores.DumpAsync(reopened, "cpu")).Select(r => r.Sum));
    }
}
