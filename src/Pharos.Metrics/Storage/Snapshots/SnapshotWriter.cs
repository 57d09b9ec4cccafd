using System.Runtime.InteropServices;
using System.Text.Json;
using Pharos.Metrics.Storage.Wal;

namespace Pharos.Metrics.Storage.Snapshots;

/// <summary>
/// Writes a snapshot file: <c>PHMSNP01</c>, version, covered segment, creation time, the metrics (catalog
/// facts, then each series' canonical dimensions and raw chunk columns), <c>PHMSEND1</c> and a CRC-32C of
/// everything before it. The file is written under a temporary name, flushed, then renamed into place,
/// so a snapshot is either complete or absent.
/// </summary>
internal static class SnapshotWriter
{
    /// <summary>Version 2 adds a layout byte to each chunk (see <see cref="WriteChunk"/>); version 1 files are still read.</summary>
    public const int Version = 2;

    public const byte FullLayout = 0;
    public const byte SingleValuedLayout = 1;

    public static ReadOnlySpan<byte> Magic => "PHMSNP01"u8;

    public static ReadOnlySpan<byte> EndMagic => "PHMSEND1"u8;

    /// <summary>
    /// Returns the size of the written file. <paramref name="maxBytesPerSecond"/> paces a background snapshot
    /// so it leaves the disk to the log (0: as fast as possible, for checkpoints and shutdown).
    /// </summary>
    public static long Write(string directory, SnapshotView view, long maxBytesPerSecond)
    {
        var finalPath = StoreFiles.SnapshotPath(directory, view.CoveredSequence);
        var temporaryPath = finalPath + ".tmp";
        long length;
        using (var file = new FileStream(temporaryPath, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0))
        {
            // Not disposed: disposing it would close the file before the flush to disk below.
            var buffered = new BufferedStream(new PacedFileStream(file, maxBytesPerSecond), 1 << 20);
            var crcStream = new Crc32CStream(buffered, forWriting: true);
            using (var writer = new BinaryWriter(crcStream, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                WriteBody(writer, view);
                writer.Write(EndMagic);
                writer.Flush();
            }

            Span<byte> trailer = stackalloc byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(trailer, crcStream.Crc);
            buffered.Write(trailer);
            buffered.Flush();
            file.Flush(flushToDisk: true);
            length = file.Length;
        }

        File.Move(temporaryPath, finalPath, overwrite: true);
        StoreFiles.FlushDirectory(directory);
        return length;
    }

    private static void WriteBody(BinaryWriter writer, SnapshotView view)
    {
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(view.CoveredSequence);
        writer.Write(view.CreatedMs);
        writer.Write7BitEncodedInt(view.Metrics.Count);
        using var canonical = new WalBuffer(256);
        foreach (var metric in view.Metrics)
        {
            var c = metric.Catalog;
            writer.Write(metric.Key);
            writer.Write((byte)c.Type);
            writer.Write(c.TypeKnown);
            writer.Write(c.HasIngestMetadata);
            writer.Write(c.CreatedMs);
            WriteOptional(writer, c.FirstWrittenMs);
            WriteOptional(writer, c.LastWrittenMs);
            WriteOptional(writer, c.DisplayName);
            WriteOptional(writer, c.Description);
            WriteOptional(writer, c.Unit);
            WriteOptional(writer, c.Settings is null ? null : JsonSerializer.Serialize(c.Settings, StorageJsonContext.Default.MetricMetadataSettings));
            writer.Write7BitEncodedInt(c.DimensionKeys.Length);
            foreach (var key in c.DimensionKeys)
            {
                writer.Write(key);
            }

            writer.Write7BitEncodedInt(metric.Series.Count);
            foreach (var series in metric.Series)
            {
                canonical.Clear();
                WalCodec.WriteCanonical(canonical, series.Dimensions);
                writer.Write(canonical.WrittenSpan);
                writer.Write7BitEncodedInt(series.Chunks.Count);
                foreach (var chunk in series.Chunks)
                {
                    WriteChunk(writer, chunk);
                }
            }
        }
    }

    /// <summary>
    /// Length, sorted flag, layout, then the columns: all six for <see cref="FullLayout"/>; timestamps, values
    /// and kinds for <see cref="SingleValuedLayout"/>, a chunk whose min, max and sum are its values and whose
    /// counts are all 1 (gauges and count deltas only).
    /// </summary>
    private static void WriteChunk(BinaryWriter writer, SeriesChunk chunk)
    {
        writer.Write7BitEncodedInt(chunk.Length);
        writer.Write(chunk.IsSorted);
        var single = IsSingleValued(chunk);
        writer.Write(single ? SingleValuedLayout : FullLayout);
        writer.Write(MemoryMarshal.AsBytes(chunk.Timestamps.Span));
        if (!single)
        {
            writer.Write(MemoryMarshal.AsBytes(chunk.Min.Span));
            writer.Write(MemoryMarshal.AsBytes(chunk.Max.Span));
        }

        writer.Write(MemoryMarshal.AsBytes(chunk.Sum.Span));
        if (!single)
        {
            writer.Write(MemoryMarshal.AsBytes(chunk.Count.Span));
        }

        writer.Write(MemoryMarshal.AsBytes(chunk.Kinds.Span));
    }

    private static bool IsSingleValued(SeriesChunk chunk)
    {
        // In-memory single-valued chunks share one column for min, max and sum; anything else is written whole.
        if (!chunk.Min.Equals(chunk.Sum) || !chunk.Max.Equals(chunk.Sum))
        {
            return false;
        }

        foreach (var count in chunk.Count.Span)
        {
            if (count != 1)
            {
                return false;
            }
        }

        return true;
    }

    private static void WriteOptional(BinaryWriter writer, long? value)
    {
        writer.Write(value.HasValue);
        if (value.HasValue)
        {
            writer.Write(value.Value);
        }
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }
}
