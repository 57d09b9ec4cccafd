using Pharos.Metrics.Ingest;
using Pharos.Metrics.Storage;

namespace Pharos.Metrics.Tests.Storage;

public sealed class ColumnarMetricStoreTests
{
    private readonly ManualClock _clock = new(Points.Start.AddMinutes(30));

    [Fact]
    public async Task AppendAsync_EachPayloadKind_IsReadBackWithItsNumbersAndKind()
    {
        await using var store = await Stores.OpenAsync(null, _clock);
        var t = Points.StartMs;

        var result = await store.AppendAsync(Points.Batch(
            Points.Gauge("cpu", 42.5, t),
            Points.Summary("cpu", 1, 9, 20, 4, t + 1000),
            Points.Delta("requests.count", 7, t + 2000)), CancellationToken.None);

        Assert.Equal(new MetricAppendResult(MetricStoreStatus.Ok, 3, 0, null), result);
        var cpu = Assert.Single((await store.ReadSeriesAsync(new SeriesReadRequest("cpu", t, t + 60_000), CancellationToken.None)).Series);
        var chunk = Assert.Single(cpu.Chunks);
        Assert.Equal([t, t + 1000], chunk.Timestamps.ToArray());
        Assert.Equal([42.5, 1], chunk.Min.ToArray());
        Assert.Equal([42.5, 9], chunk.Max.ToArray());
        Assert.Equal([42.5, 20], chunk.Sum.ToArray());
        Assert.Equal([1L, 4L], chunk.Count.ToArray());
        Assert.Equal([MetricValueKind.Gauge, MetricValueKind.GaugeSummary], chunk.Kinds.ToArray());
        var requests = await store.GetMetricAsync("requests.count", CancellationToken.None);
        Assert.Equal(MetricType.Count, requests!.Type);
    }

    [Fact]
    public async Task ReadSeriesAsync_FilterAndRange_ReturnOnlyMatchingSeriesWithDataInRange()
    {
        await using var store = await Stores.OpenAsync(null, _clock);
        var t = Points.StartMs;
        await Stores.AppendOkAsync(store,
            Points.Gauge("cpu", 1, t, Points.Dims("host", "a")),
            Points.Gauge("cpu", 2, t, Points.Dims("host", "b")),
            Points.Gauge("cpu", 3, t + 600_000, Points.Dims("host", "c")));

        var read = await store.ReadSeriesAsync(
            new SeriesReadRequest("cpu", t, t + 60_000) { Filter = DimensionFilter.NotEqual("host", "a") },
            CancellationToken.None);

        var series = Assert.Single(read.Series);
        Assert.Equal("b", series.Dimensions.GetValue("host"));
        Assert.Equal(3, read.Metric!.SeriesCount);
        Assert.Equal(["host"], read.Metric.DimensionKeys);
    }

    [Fact]
    public async Task ReadSeriesAsync_UnknownMetric_IsNotFound()
    {
        await using var store = await Stores.OpenAsync(null, _clock);

        var read = await store.ReadSeriesAsync(new SeriesReadRequest("nope", 0, long.MaxValue), CancellationToken.None);

        Assert.Equal(MetricStoreStatus.NotFound, read.Status);
        Assert.Null(await store.GetMetricAsync("nope", CancellationToken.None));
    }

    [Fact]
    public async Task ReadSeriesAsync_MaxSeries_StopsEarlyAndSaysTruncated()
    {
        await using var store = await Stores.OpenAsync(null, _clock);
        var points = Enumerable.Range(0, 10).Select(i => Points.Gauge("cpu", i, Points.StartMs, Points.Dims("host", "h" + i))).ToArray();
        await Stores.AppendOkAsync(store, points);

        var read = await store.ReadSeriesAsync(new SeriesReadRequest("cpu", 0, long.MaxValue) { MaxSeries = 4 }, CancellationToken.None);

        Assert.True(read.Truncated);
        Assert.Equal(4, read.Series.Count);
    }

    [Fact]
    public async Task AppendAsync_OutOfOrderPointsAcrossChunks_AllKeptAndSealedChunksSorted()
    {
        await using var store = await Stores.OpenAsync(null, _clock, new MetricStoreOptions { ChunkCapacity = 16 });
        var order = Enumerable.Range(0, 100).OrderBy(i => (i * 37) % 101).ToArray();
        foreach (var i in order)
        {
            await Stores.AppendOkAsync(store, Points.Gauge("cpu", i, Points.StartMs + (i * 1000)));
        }

        var series = Assert.Single((await store.ReadSeriesAsync(new SeriesReadRequest("cpu", 0, long.MaxValue), CancellationToken.None)).Series);

        Assert.True(series.Chunks.Count >= 6);
        Assert.All(series.Chunks.Take(series.Chunks.Count - 1), c => Assert.True(c.IsSorted));
        Assert.All(series.Chunks.Where(c => c.IsSorted), c => Assert.Equal(c.Timestamps.ToArray().Order(), c.Timestamps.ToArray()));
        var values = series.Chunks.SelectMany(c => c.Sum.ToArray()).Order().ToArray();
        Assert.Equal(Enumerable.Range(0, 100).Select(i => (double)i), values);
    }

    [Fact]
    public async Task AppendAsync_NaNValue_IsRejectedAndNothingIsStored()
    {
        await using var store = await Stores.OpenAsync(null, _clock);
        var bad = new MetricDataPoint(1, "cpu", DimensionSet.Empty, MetricValueKind.Gauge, double.NaN, double.NaN, double.NaN, double.NaN, 1, Points.StartMs, true);

        var result = await store.AppendAsync(Points.Batch(Points.Gauge("cpu", 1, Points.StartMs), bad), CancellationToken.None);

        Assert.Equal(MetricStoreStatus.Rejected, result.Status);
        Assert.Equal("Data point 2 of the batch: a value is NaN or infinite.", result.Message);
        Assert.Null(await store.GetMetricAsync("cpu", CancellationToken.None));
    }

    [Fact]
    public async Task AppendAsync_GaugeWhoseNumbersDisagree_IsRejected()
    {
        await using var store = await Stores.OpenAsync(null, _clock);
        var odd = new MetricDataPoint(1, "cpu", DimensionSet.Empty, MetricValueKind.Gauge, 5, 1, 9, 5, 1, Points.StartMs, true);

        var result = await store.AppendAsync(Points.Batch(odd), CancellationToken.None);

        Assert.Equal(MetricStoreStatus.Rejected, result.Status);
        Assert.Contains("Min = Max = Sum = Value", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppendAsync_MetadataLines_FirstOneWinsAndSettingsOverrideIsKeptSeparately()
    {
        await using var store = await Stores.OpenAsync(null, _clock);
        var batch = Points.Batch(Points.Gauge("cpu", 1, Points.StartMs));
        batch.Add(new MetricMetadata(2, "cpu", MetricType.Gauge, "CPU", "Processor load", "Percent"));
        batch.Add(new MetricMetadata(3, "cpu", MetricType.Gauge, "Ignored", null, null));
        Assert.True((await store.AppendAsync(batch, CancellationToken.None)).IsOk);
        Assert.True((await store.SetMetadataAsync("cpu", new MetricMetadataSettings { DisplayName = "From settings" }, CancellationToken.None)).IsOk);

        var info = await store.GetMetricAsync("cpu", CancellationToken.None);

        Assert.Equal(("CPU", "Processor load", "Percent"), (info!.DisplayName, info.Description, info.Unit));
        Assert.Equal("From settings", info.Settings!.DisplayName);
        Assert.Equal(_clock.NowMs, info.CreatedMs);
        Assert.Equal(_clock.NowMs, info.LastWrittenMs);
    }

    [Fact]
    public async Task AppendAsync_WriteTimes_TrackTheWallClockOfFirstAndLastWrite()
    {
        await using var store = await Stores.OpenAsync(null, _clock);
        var first = _clock.NowMs;
        await Stores.AppendOkAsync(store, Points.Gauge("cpu", 1, Points.StartMs));
        _clock.Advance(TimeSpan.FromMinutes(5));
        await Stores.AppendOkAsync(store, Points.Gauge("cpu", 2, Points.StartMs + 60_000));

        var info = await store.GetMetricAsync("cpu", CancellationToken.None);

        Assert.Equal(first, info!.FirstWrittenMs);
        Assert.Equal(_clock.NowMs, info.LastWrittenMs);
        Assert.Equal(first, info.CreatedMs);
    }

    [Fact]
    public async Task ListMetricsAsync_ReturnsKeysInOrdinalOrder()
    {
        await using var store = await Stores.OpenAsync(null, _clock);
        await Stores.AppendOkAsync(store, Points.Gauge("b.metric", 1, Points.StartMs), Points.Gauge("a.metric", 1, Points.StartMs), Points.Gauge("B.metric", 1, Points.StartMs));

        var keys = (await store.ListMetricsAsync(CancellationToken.None)).Select(m => m.Key);

        Assert.Equal(["B.metric", "a.metric", "b.metric"], keys);
    }

    [Fact]
    public async Task AppendAsync_AfterDispose_ReturnsClosed()
    {
        var store = await Stores.OpenAsync(null, _clock);
        await store.DisposeAsync();

        var result = await store.AppendAsync(Points.Batch(Points.Gauge("cpu", 1, Points.StartMs)), CancellationToken.None);

        Assert.Equal(MetricStoreStatus.Closed, result.Status);
        Assert.Equal("The metric store has been closed.", result.Message);
    }

    [Fact]
    public async Task OpenAsync_DirectoryAlreadyOpen_IsLockedWithAMessage()
    {
        using var directory = new TempDirectory();
        await using var first = await Stores.OpenAsync(directory.Path, _clock);

        var second = await ColumnarMetricStore.OpenAsync(new MetricStoreOptions { DirectoryPath = directory.Path }, new MetricInterner(), _clock, CancellationToken.None);

        Assert.Equal(MetricStoreStatus.Locked, second.Status);
        Assert.Null(second.Store);
        Assert.Contains("is in use by another Pharos process", second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppendAsync_CancelledBeforeQueueing_ThrowsAndStoresNothing()
    {
        await using var store = await Stores.OpenAsync(null, _clock);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.AppendAsync(Points.Batch(Points.Gauge("cpu", 1, Points.StartMs)), cancelled.Token));

        Assert.Null(await store.GetMetricAsync("cpu", CancellationToken.None));
    }
}
