using System.Buffers.Binary;
using Pharos.Metrics.Ingest;
using Pharos.Metrics.Storage;
using Pharos.Metrics.Storage.Wal;

namespace Pharos.Metrics.Tests.Storage;

/// <summary>
/// The log's series definitions: a batch names its series by number, each segment defines the numbers it
/// uses once (type 4) before the first batch that needs them (type 3). Torn definitions, segments started by
/// a checkpoint, and logs written before this format (type 1, a series table per batch) must all recover.
/// </summary>
public sealed class ColumnarMetricStoreLogFormatTests : IDisposable
{
    private readonly ManualClock _clock = new(Points.Start.AddMinutes(30));
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Append_SeriesAlreadyDefinedInSegment_LogsItsNumberNotItsKeyAgain()
    {
        var longKey = "service.response.time." + new string('x', 200);
        var dims = Points.Dims("service", new string('s', 200));
        await using var store = await Stores.OpenAsync(_directory.Path, _clock);
        var start = new FileInfo(NewestSegment()).Length;
        await Stores.AppendOkAsync(store, Points.Gauge(longKey, 1, Points.StartMs, dims));
        var first = new FileInfo(NewestSegment()).Length - start;
        await Stores.AppendOkAsync(store, Points.Gauge(longKey, 2, Points.StartMs + 1, dims));
        var second = new FileInfo(NewestSegment()).Length - start - first;

        Assert.True(first > 400, $"the first batch defines the series: {first} bytes");
        Assert.True(second < 40, $"the second batch names it by number: {second} bytes");
    }

    [Fact]
    public async Task Reopen_LogCutInsideTheDefinitionsOfANewSeries_KeepsEarlierBatchesAndTheSeriesWorksAfterwards()
    {
        var store = await Stores.OpenAsync(_directory.Path, _clock);
        await Stores.AppendOkAsync(store, Points.Gauge("cpu", 1, Points.StartMs, Points.Dims("host", "h1")));
        var segment = NewestSegment();
        var lengthBeforeNewSeries = new FileInfo(segment).Length;
        await Stores.AppendOkAsync(store, Points.Gauge("cpu", 2, Points.StartMs + 1, Points.Dims("host", "h2")));
        await store.AbandonForTestingAsync();
        using (var file = new FileStream(segment, FileMode.Open))
        {
            file.SetLength(lengthBeforeNewSeries + 5); // inside the definitions record's header
        }

        var reopened = await Stores.OpenAsync(_directory.Path, _clock);

        Assert.Equal([("host=h1", Points.StartMs, 1.0, 1L)], await Stores.DumpAsync(reopened, "cpu"));
        Assert.Equal(5, reopened.Recovery.TornBytesTruncated);
        await Stores.AppendOkAsync(reopened, Points.Gauge("cpu", 3, Points.StartMs + 2, Points.Dims("host", "h2")));
        await reopened.AbandonForTestingAsync();
        await using var again = await Stores.OpenAsync(_directory.Path, _clock);
        Assert.Equal(
            [("host=h1", Points.StartMs, 1.0, 1L), ("host=h2", Points.StartMs + 2, 3.0, 1L)],
            await Stores.DumpAsync(again, "cpu"));
        Assert.Empty(again.Recovery.Problems);
    }

    [Fact]
    public async Task Reopen_SeriesWrittenBeforeAndAfterACheckpoint_NewSegmentDefinesItAgain()
    {
        var store = await Stores.OpenAsync(_directory.Path, _clock, new MetricStoreOptions { SnapshotOnDispose = false });
        await Stores.AppendOkAsync(store, Points.Gauge("cpu", 1, Points.StartMs, Points.Dims("host", "h1")));
        Assert.Equal(MetricStoreStatus.Ok, await store.CheckpointAsync(CancellationToken.None));
        await Stores.AppendOkAsync(store, Points.Gauge("cpu", 2, Points.StartMs + 1, Points.Dims("host", "h1")));
        await store.AbandonForTestingAsync();

        await using var reopened = await Stores.OpenAsync(_directory.Path, _clock);

        Assert.Equal([1.0, 2.0], (await Stores.DumpAsync(reopened, "cpu")).Select(r => r.Sum));
        Assert.Equal(1, reopened.Recovery.RecordsReplayed);
        Assert.Empty(reopened.Recovery.Problems);
    }

    [Fact]
    public async Task Reopen_LogWrittenInTheFormerFormat_LoadsEveryPoint()
    {
        var payload = new WalBuffer(256);
        payload.WriteByte(1); // batch with its own series table, as written before series definitions
        payload.WriteInt64(Points.StartMs);
        payload.WriteVarUInt(2);
        payload.WriteString("cpu");
        WalCodec.WriteCanonical(payload, Points.Dims("host", "h1"));
        payload.WriteString("latency");
        WalCodec.WriteCanonical(payload, DimensionSet.Empty);
        payload.WriteVarUInt(3);
        WriteSinglePoint(payload, series: 0, MetricValueKind.Gauge, Points.StartMs, 1.5);
        WriteSinglePoint(payload, series: 0, MetricValueKind.Gauge, Points.StartMs + 1, 2.5);
        payload.WriteVarUInt(1);
        payload.WriteByte((byte)MetricValueKind.GaugeSummary);
        payload.WriteInt64(Points.StartMs);
        payload.WriteDouble(1);
        payload.WriteDouble(5);
        payload.WriteDouble(9);
        payload.WriteVarUInt(3);
        payload.WriteVarUInt(0);
        WriteSegment(1, payload);

        await using var store = await Stores.OpenAsync(_directory.Path, _clock);

        Assert.Equal([("host=h1", Points.StartMs, 1.5, 1L), ("host=h1", Points.StartMs + 1, 2.5, 1L)], await Stores.DumpAsync(store, "cpu"));
        Assert.Equal([("", Points.StartMs, 9.0, 3L)], await Stores.DumpAsync(store, "latency"));
        Assert.Equal(1, store.Recovery.RecordsReplayed);
        Assert.Equal(0, store.Recovery.TornBytesTruncated);
    }

    [Fact]
    public async Task Reopen_BatchNamesASeriesTheSegmentNeverDefined_IsCutLikeATornTail()
    {
        var payload = new WalBuffer(64);
        payload.WriteByte(3); // numbered batch
        payload.WriteInt64(Points.StartMs);
        payload.WriteVarUInt(1);
        WriteSinglePoint(payload, series: 7, MetricValueKind.Gauge, Points.StartMs, 1);
        payload.WriteVarUInt(0);
        var length = WriteSegment(1, payload);

        await using var store = await Stores.OpenAsync(_directory.Path, _clock);

        Assert.Null(await store.GetMetricAsync("cpu", CancellationToken.None));
        Assert.Equal(0, store.Recovery.RecordsReplayed);
        Assert.Equal(length - WalSegment.FileHeaderSize, store.Recovery.TornBytesTruncated);
    }

    private static void WriteSinglePoint(WalBuffer payload, int series, MetricValueKind kind, long timestampMs, double value)
    {
        payload.WriteVarUInt((ulong)series);
        payload.WriteByte((byte)kind);
        payload.WriteInt64(timestampMs);
        payload.WriteDouble(value);
    }

    /// <summary>Writes segment <paramref name="sequence"/> holding one framed record; returns the file length.</summary>
    private long WriteSegment(long sequence, WalBuffer payload)
    {
        var body = payload.WrittenSpan;
        var file = new byte[WalSegment.FileHeaderSize + WalCodec.HeaderSize + body.Length];
        WalSegment.Magic.CopyTo(file);
        BinaryPrimitives.WriteInt64LittleEndian(file.AsSpan(8), sequence);
        var record = file.AsSpan(WalSegment.FileHeaderSize);
        BinaryPrimitives.WriteUInt32LittleEndian(record, (uint)body.Length);
        body.CopyTo(record[WalCodec.HeaderSize..]);
        BinaryPrimitives.WriteUInt32LittleEndian(record[4..], Crc32C.Append(Crc32C.Compute(record[..4]), body));
        File.WriteAllBytes(StoreFiles.SegmentPath(_directory.Path, sequence), file);
        payload.Dispose();
        return file.Length;
    }

    private string NewestSegment() => Directory.GetFiles(_directory.Path, "wal-*.log").Order(StringComparer.Ordinal).Last();
}
