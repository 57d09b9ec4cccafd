using Pharos.Metrics.Ingest;
using Pharos.Metrics.Storage;

namespace Pharos.Metrics.Tests.Storage;

/// <summary>
/// Crash recovery: a store abandoned without dispose (as after kill -9) must come back with every
/// acknowledged batch, with a torn or damaged tail cut off, and keep working.
/// </summary>
public sealed class ColumnarMetricStoreDurabilityTests : IDisposable
{
    private readonly ManualClock _clock = new(Points.Start.AddMinutes(30));
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Reopen_AfterAbandon_ReplaysEveryAcknowledgedBatch()
    {
        var store = await Stores.OpenAsync(_directory.Path, _clock);
        for (var i = 0; i < 20; i++)
        {
            await Stores.AppendOkAsync(store, Points.Gauge("cpu", i, Points.StartMs + i, Points.Dims("host", "h" + (i % 3))), Points.Delta("req.count", i, Points.StartMs + i));
        }

        var before = await Stores.DumpAsync(store, "cpu");
        await store.AbandonForTestingAsync();

        await using var reopened = await Stores.OpenAsync(_directory.Path, _clock);

        Assert.Equal(before, await Stores.DumpAsync(reopened, "cpu"));
        Assert.Equal(20, (await Stores.DumpAsync(reopened, "req.count")).Count);
        Assert.Equal(20, reopened.Recovery.RecordsReplayed);
        Assert.Empty(reopened.Recovery.Problems);
    }

    [Fact]
    public async Task Reopen_LogCutInsideTheLastRecord_KeepsEarlierBatchesDropsTheTornOneAndStillWorks()
    {
        var store = await Stores.OpenAsync(_directory.Path, _clock);
        await Stores.AppendOkAsync(store, Points.Gauge("cpu", 1, Points.StartMs));
        await Stores.AppendOkAsync(store, Points.Gauge("cpu", 2, Points.StartMs + 1));
        var segment = NewestSegment();
        var lengthBeforeThird = new FileInfo(segment).Length;
        await Stores.AppendOkAsync(store, Points.Gauge("cpu", 3, Points.StartMs + 2));
        await store.AbandonForTestingAsync();
        var cut = lengthBeforeThird + ((new FileInfo(segment).Length - lengthBeforeThird) / 2);
        using (var file = new FileStream(segment, FileMode.Open))
        {
            file.SetLength(cut);
        }

        await using var reopened = await Stores.OpenAsync(_directory.Path, _clock);

        Assert.Equal([1.0, 2.0], (await Stores.DumpAsync(reopened, "cpu")).Select(r => r.Sum));
        Assert.Equal(cut - lengthBeforeThird, reopened.Recovery.TornBytesTruncated);
        Assert.Equal(lengthBeforeThird, new FileInfo(segment).Length);
        await Stores.AppendOkAsync(reopened, Points.Gauge("cpu", 4, Points.StartMs + 3));
        Assert.Equal([1.0, 2.0, 4.0], (await Stores.DumpAsync(reopened, "cpu")).Select(r => r.Sum));
    }

    [Fact]
    public async Task Reopen_TornRecordRemoved_SurvivesASecondRestartToo()
    {
        var store = await Stores.OpenAsync(_directory.Path, _clock);
        await Stores.AppendOkAsync(store, Points.Gauge("cpu", 1, Points.StartMs));
        await store.AbandonForTestingAsync();
        File.AppendAllText(NewestSegment(), "\u0007\0\0\0garbage");
        var second = await Stores.OpenAsync(_directory.Path, _clock);
        await Stores.AppendOkAsync(second, Points.Gauge("cpu", 2, Points.StartMs + 1));
        await second.AbandonForTestingAsync();

        await using var third = await Stores.OpenAsync(_directory.Path, _clock);

        Assert.Equal([1.0, 2.0], (await Stores.DumpAsync(third, "cpu")).Select(r => r.Sum));
        Assert.Empty(third.Recovery.Problems);
    }

    [Fact]
    public async Task Reopen_LastRecordFailsItsChecksum_IsCutOff()
    {
        var store = await Stores.OpenAsync(_directory.Path, _clock);
        await Stores.AppendOkAsync(store, Points.Gauge("cpu", 1, Points.StartMs));
        await Stores.AppendOkAsync(store, Points.Gauge("cpu", 2, Points.StartMs + 1));
        await store.AbandonForTestingAsync();
        var segment = NewestSegment();
        var bytes = File.ReadAllBytes(segment);
        bytes[^3] ^= 0xFF;
        File.WriteAllBytes(segment, bytes);

        await using var reopened = await Stores.OpenAsync(_directory.Path, _clock);

        Assert.Equal([1.0], (await Stores.DumpAsync(reopened, "cpu")).Select(r => r.Sum));
        Assert.True(reopened.Recovery.TornBytesTruncated > 0);
    }

    [Fact]
    public async Task Reopen_AfterDispose_LoadsTheSnapshotAndReplaysNothing()
    {
        var store = await Stores.OpenAsync(_directory.Path, _clock);
        await Stores.AppendOkAsync(store, Points.Summary("cpu", 1, 5, 9, 3, Points.StartMs, Points.Dims("host", "a")));
        var batch = Points.Batch(Points.Delta("req.count", 5, Points.StartMs));
        batch.Add(new MetricMetadata(2, "req.count", MetricType.Count, "Requests", "All requests", "Count"));
        Assert.True((await store.AppendAsync(batch, CancellationToken.None)).IsOk);
        Assert.True((await store.SetMetadataAsync("cpu", new MetricMetadataSettings { Unit = "Percent", Tags = ["team:a"] }, CancellationToken.None)).IsOk);
        var before = await store.ListMetricsAsync(CancellationToken.None);
        await store.DisposeAsync();

        await using var reopened = await Stores.OpenAsync(_directory.Path, _clock);

        Assert.NotNull(reopened.Recovery.SnapshotSequence);
        Assert.Equal(0, reopened.Recovery.RecordsReplayed);
        var after = await reopened.ListMetricsAsync(CancellationToken.None);
        Assert.Equal(before.Select(Describe), after.Select(Describe));
        Assert.Equal(["team:a"], after.Single(m => m.Key == "cpu").Settings!.Tags);
        Assert.Equal([("host=a", Points.StartMs, 9.0, 3L)], await Stores.DumpAsync(reopened, "cpu"));
    }

    [Fact]
    public async Task Checkpoint_RepeatedWhileWriting_KeepsTwoSnapshotGenerationsAndPrunesOldSegments()
    {
        await using var store = await Stores.OpenAsync(_directory.Path, _clock);
        for (var round = 0; round < 4; round++)
        {
            await Stores.AppendOkAsync(store, Points.Gauge("cpu", round, Points.StartMs + round));
            Assert.Equal(MetricStoreStatus.Ok, await store.CheckpointAsync(CancellationToken.None));
        }

        Assert.Equal(2, Directory.GetFiles(_directory.Path, "snapshot-*.snap").Length);
        Assert.True(Directory.GetFiles(_directory.Path, "wal-*.log").Length <= 3);
    }

    [Fact]
    public async Task Reopen_NewestSnapshotDamaged_FallsBackToTheOlderOneAndTheLogAfterIt()
    {
        var store = await Stores.OpenAsync(_directory.Path, _clock);
        await Stores.AppendOkAsync(store, Points.Gauge("cpu", 1, Points.StartMs));
        Assert.Equal(MetricStoreStatus.Ok, await store.CheckpointAsync(CancellationToken.None));
        await Stores.AppendOkAsync(store, Points.Gauge("cpu", 2, Points.StartMs + 1));
        Assert.Equal(MetricStoreStatus.Ok, await store.CheckpointAsync(CancellationToken.None));
        await Stores.AppendOkAsync(store, Points.Gauge("cpu", 3, Points.StartMs + 2));
        await store.AbandonForTestingAsync();
        var newest = Directory.GetFiles(_directory.Path, "snapshot-*.snap").Order(StringComparer.Ordinal).Last();
        var bytes = File.ReadAllBytes(newest);
        bytes[bytes.Length / 2] ^= 0x5A;
        File.WriteAllBytes(newest, bytes);

        await using var reopened = await Stores.OpenAsync(_directory.Path, _clock);

        Assert.Equal([1.0, 2.0, 3.0], (await Stores.DumpAsync(reopened, "cpu")).Select(r => r.Sum));
        var problem = Assert.Single(reopened.Recovery.Problems);
        Assert.StartsWith($"Snapshot '{Path.GetFileName(newest)}' was skipped because", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reopen_ManyBatchesWithAutomaticSnapshots_RestoresEverything()
    {
        var options = new MetricStoreOptions { SnapshotMinLogBytes = 4096, SegmentMaxBytes = 8192, ChunkCapacity = 64 };
        var store = await Stores.OpenAsync(_directory.Path, _clock, options);
        for (var i = 0; i < 300; i++)
        {
            await Stores.AppendOkAsync(store, Points.Gauge("cpu", i, Points.StartMs + (i * 100), Points.Dims("host", "h" + (i % 7))));
        }

        var before = await Stores.DumpAsync(store, "cpu");
        await store.AbandonForTestingAsync();

        await using var reopened = await Stores.OpenAsync(_directory.Path, _clock, options);

        Assert.Equal(before, await Stores.DumpAsync(reopened, "cpu"));
        Assert.NotNull(reopened.Recovery.SnapshotSequence);
    }

    [Fact]
    public async Task Reopen_CheckpointQueuedAmongAppends_SnapshotCoversEveryAcknowledgedAppend()
    {
        var store = await Stores.OpenAsync(_directory.Path, _clock);
        var appends = new List<Task<MetricAppendResult>>();
        Task<MetricStoreStatus>? checkpoint = null;
        for (var i = 0; i < 40; i++)
        {
            appends.Add(store.AppendAsync(Points.Batch(Points.Gauge("cpu", i, Points.StartMs + i)), CancellationToken.None).AsTask());
            if (i == 5)
            {
                checkpoint = store.CheckpointAsync(CancellationToken.None).AsTask();
            }
        }

        Assert.All(await Task.WhenAll(appends), r => Assert.True(r.IsOk));
        Assert.Equal(MetricStoreStatus.Ok, await checkpoint!);
        await store.AbandonForTestingAsync();

        await using var reopened = await Stores.OpenAsync(_directory.Path, _clock);

        Assert.Equal(Enumerable.Range(0, 40).Select(i => (double)i), (await Stores.DumpAsync(reopened, "cpu")).Select(r => r.Sum));
    }

    private string NewestSegment() => Directory.GetFiles(_directory.Path, "wal-*.log").Order(StringComparer.Ordinal).Last();

    private static string Describe(MetricInfo m) =>
        $"{m.Key}|{m.Type}|{m.DisplayName}|{m.Description}|{m.Unit}|{m.Settings?.Unit}|{m.CreatedMs}|{m.FirstWrittenMs}|{m.LastWrittenMs}|{string.Join(',', m.DimensionKeys)}|{m.SeriesCount}";
}
