using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Pharos.Metrics.Ingest;
using Pharos.Metrics.Storage;
using Pharos.Metrics.Storage.Wal;

namespace Pharos.Metrics.Tests.Storage;

/// <summary>
/// Snapshot version 2 stores a chunk of gauges and count deltas as timestamps, values and kinds only;
/// chunks holding gauge summaries keep all six columns. Version-1 snapshots (six columns always) still load.
/// </summary>
public sealed class ColumnarMetricStoreSnapshotFormatTests : IDisposable
{
    private readonly ManualClock _clock = new(Points.Start.AddMinutes(30));
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Reopen_SnapshotOfSingleValuedAndMixedChunks_RestoresEveryColumn()
    {
        var options = new MetricStoreOptions { ChunkCapacity = 16 };
        var store = await Stores.OpenAsync(_directory.Path, _clock, options);
        for (var t = 0; t < 40; t++)
        {
            await Stores.AppendOkAsync(
                store,
                Points.Gauge("cpu", t + 0.25, Points.StartMs + t),
                Points.Delta("req.count", t, Points.StartMs + t),
                t % 5 == 0 ? Points.Summary("mixed", 1, 9, 20 + t, 4, Points.StartMs + t) : Points.Gauge("mixed", t, Points.StartMs + t));
        }

        var before = await ReadAllAsync(store, "cpu", "req.count", "mixed");
        await store.DisposeAsync();
        var snapshotBytes = new FileInfo(Directory.GetFiles(_directory.Path, "snapshot-*.snap").Single()).Length;

        await using var reopened = await Stores.OpenAsync(_directory.Path, _clock, options);

        Assert.Equal(before, await ReadAllAsync(reopened, "cpu", "req.count", "mixed"));
        Assert.Equal(0, reopened.Recovery.RecordsReplayed);
        // Six columns for every point would take 120 × 41 = 4,920 bytes; the 80 single-valued points take 17 each.
        Assert.True(snapshotBytes < (120 * 41) - (80 * 16), $"the snapshot has {snapshotBytes} bytes for 120 points");
    }

    [Fact]
    public async Task Reopen_VersionOneSnapshot_StillLoads()
    {
        using (var file = new MemoryStream())
        {
            using (var writer = new BinaryWriter(file, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                writer.Write("PHMSNP01"u8);
                writer.Write(1);
                writer.Write(2L);
                writer.Write(Points.StartMs);
                writer.Write7BitEncodedInt(1);
                writer.Write("cpu");
                writer.Write((byte)MetricType.Gauge);
                writer.Write(true);
                writer.Write(false);
                writer.Write(Points.StartMs);
                writer.Write(false);
                writer.Write(false);
                writer.Write(false);
                writer.Write(false);
                writer.Write(false);
                writer.Write(false);
                writer.Write7BitEncodedInt(1);
                writer.Write("host");
                writer.Write7BitEncodedInt(1);
                using var canonical = new WalBuffer(64);
                WalCodec.WriteCanonical(canonical, Points.Dims("host", "a"));
                writer.Write(canonical.WrittenSpan);
                writer.Write7BitEncodedInt(1);
                writer.Write7BitEncodedInt(2);
                writer.Write(true);
                writer.Write(MemoryMarshal.AsBytes<long>([Points.StartMs, Points.StartMs + 1]));
                writer.Write(MemoryMarshal.AsBytes<double>([1.5, 1]));
                writer.Write(MemoryMarshal.AsBytes<double>([1.5, 9]));
                writer.Write(MemoryMarshal.AsBytes<double>([1.5, 20]));
                writer.Write(MemoryMarshal.AsBytes<long>([1, 4]));
                writer.Write([(byte)MetricValueKind.Gauge, (byte)MetricValueKind.GaugeSummary]);
                writer.Write("PHMSEND1"u8);
            }

            var crc = new byte[4];
            BinaryPrimitives.WriteUInt32LittleEndian(crc, Crc32C.Compute(file.ToArray()));
            file.Write(crc);
            File.WriteAllBytes(StoreFiles.SnapshotPath(_directory.Path, 2), file.ToArray());
        }

        await using var store = await Stores.OpenAsync(_directory.Path, _clock);

        Assert.Equal(2, store.Recovery.SnapshotSequence);
        Assert.Empty(store.Recovery.Problems);
        var series = Assert.Single((await store.ReadSeriesAsync(new SeriesReadRequest("cpu", 0, long.MaxValue), CancellationToken.None)).Series);
        Assert.Equal("host=a", series.Dimensions.ToString());
        var chunk = Assert.Single(series.Chunks);
        Assert.Equal([1.5, 1], chunk.Min.ToArray());
        Assert.Equal([1.5, 9], chunk.Max.ToArray());
        Assert.Equal([1.5, 20], chunk.Sum.ToArray());
        Assert.Equal([1L, 4], chunk.Count.ToArray());
        Assert.Equal([MetricValueKind.Gauge, MetricValueKind.GaugeSummary], chunk.Kinds.ToArray());
    }

    private static async Task<List<string>> ReadAllAsync(IMetricStore store, params string[] keys)
    {
        var rows = new List<string>();
        foreach (var key in keys)
        {
            var read = await store.ReadSeriesAsync(new SeriesReadRequest(key, long.MinValue, long.MaxValue), CancellationToken.None);
            foreach (var series in read.Series)
            {
                foreach (var chunk in series.Chunks)
                {
                    for (var i = 0; i < chunk.Length; i++)
                    {
                        rows.Add($"{key} {series.Dimensions} {chunk.Timestamps.Span[i]} {chunk.Kinds.Span[i]} {chunk.Min.Span[i]} {chunk.Max.Span[i]} {chunk.Sum.Span[i]} {chunk.Count.Span[i]}");
                    }
                }
            }
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
