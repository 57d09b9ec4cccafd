using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Pharos.Metrics.Ingest;
using Pharos.Metrics.Storage.Memory;
using Pharos.Metrics.Storage.Wal;

namespace Pharos.Metrics.Storage.Snapshots;

/// <summary>
/// Loads a snapshot written by <see cref="SnapshotWriter"/> into a fresh memory state. Any damage (short
/// file, bad magic, impossible sizes, checksum mismatch) rejects the whole file with a reason, so the
/// store can fall back to the previous snapshot and replay more of the log instead.
/// </summary>
internal static class SnapshotReader
{
    private const int MaxChunkLength = 1 << 24;

    public static MemoryState? TryLoad(string path, long expectedSequence, MetricInterner interner, int chunkCapacity, out long points, out string? problem)
    {
        points = 0;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            using var buffered = new BufferedStream(file, 1 << 20);
            var crcStream = new Crc32CStream(buffered, forWriting: false);
            using var reader = new BinaryReader(crcStream, System.Text.Encoding.UTF8, leaveOpen: true);
            var remaining = file.Length;
            var memory = Read(reader, crcStream, expectedSequence, remaining, interner, chunkCapacity, ref points, out problem);
            if (memory is null)
            {
                return null;
            }

            var crc = crcStream.Crc;
            Span<byte> trailer = stackalloc byte[4];
            buffered.ReadExactly(trailer);
            if (BinaryPrimitives.ReadUInt32LittleEndian(trailer) != crc || buffered.ReadByte() != -1)
            {
                problem = "the checksum does not match";
                return null;
            }

            return memory;
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or FormatException or UnauthorizedAccessException or ArgumentException or OverflowException)
        {
            problem = $"it cannot be read ({ex.GetType().Name}: {ex.Message})";
            return null;
        }
    }

    private static MemoryState? Read(
        BinaryReader reader,
        Crc32CStream stream,
        long expectedSequence,
        long fileLength,
        MetricInterner interner,
        int chunkCapacity,
        ref long points,
        out string? problem)
    {
        problem = null;
        var version = reader.ReadBytes(8).AsSpan().SequenceEqual(SnapshotWriter.Magic) ? reader.ReadInt32() : 0;
        if (version is not (1 or SnapshotWriter.Version))
        {
            problem = "the header is not a version-1 or version-2 snapshot";
            return null;
        }

        if (reader.ReadInt64() != expectedSequence)
        {
            problem = "the covered segment in the header does not match the file name";
            return null;
        }

        _ = reader.ReadInt64(); // creation time, informational
        var memory = new MemoryState(chunkCapacity);
        var metricCount = ReadCount(reader, fileLength);
        for (var m = 0; m < metricCount; m++)
        {
            var key = interner.GetString(System.Text.Encoding.UTF8.GetBytes(reader.ReadString()));
            var type = (MetricType)reader.ReadByte();
            var typeKnown = reader.ReadBoolean();
            var hasIngestMetadata = reader.ReadBoolean();
            var created = reader.ReadInt64();
            var firstWritten = ReadOptionalInt64(reader);
            var lastWritten = ReadOptionalInt64(reader);
            var displayName = ReadOptionalString(reader);
            var description = ReadOptionalString(reader);
            var unit = ReadOptionalString(reader);
            var settingsJson = ReadOptionalString(reader);
            var settings = settingsJson is null ? null : WalCodec.DeserializeSettings(settingsJson);
            if (type > MetricType.Count || (settingsJson is not null && settings is null))
            {
                problem = $"the metric '{key}' is damaged";
                return null;
            }

            var dimensionKeys = new string[ReadCount(reader, fileLength)];
            for (var i = 0; i < dimensionKeys.Length; i++)
            {
                dimensionKeys[i] = reader.ReadString();
            }

            var catalog = new MetricEntry.CatalogState(type, typeKnown, hasIngestMetadata, displayName, description, unit, settings, created, firstWritten, lastWritten, dimensionKeys);
            var entry = memory.Restore(key, catalog);
            var seriesCount = ReadCount(reader, fileLength);
            for (var s = 0; s < seriesCount; s++)
            {
                var canonical = reader.ReadBytes(ReadCount(reader, fileLength));
                if (canonical.Length > 0 && (canonical[^1] != 0 || canonical.AsSpan().Count((byte)0) % 2 != 0))
                {
                    problem = $"a series of '{key}' has damaged dimensions";
                    return null;
                }

                var columns = memory.GetOrAddSeries(entry, interner.GetDimensionSet(canonical));
                var chunks = new List<SealedChunk>(ReadCount(reader, fileLength));
                var chunkCount = chunks.Capacity;
                for (var c = 0; c < chunkCount; c++)
                {
                    var length = ReadCount(reader, Math.Min(fileLength / 17, MaxChunkLength)); // 17 bytes: the smallest point (single-valued)
                    var sorted = reader.ReadBoolean();
                    var layout = version == 1 ? SnapshotWriter.FullLayout : reader.ReadByte();
                    if (layout is not (SnapshotWriter.FullLayout or SnapshotWriter.SingleValuedLayout))
                    {
                        problem = $"a chunk of '{key}' has an unknown layout";
                        return null;
                    }

                    var single = layout == SnapshotWriter.SingleValuedLayout;
                    var timestamps = ReadColumn<long>(stream, length);
                    var min = single ? null : ReadColumn<double>(stream, length);
                    var max = single ? null : ReadColumn<double>(stream, length);
                    var sum = ReadColumn<double>(stream, length);
                    var count = single ? Ones(length) : ReadColumn<long>(stream, length);
                    var kinds = ReadColumn<MetricValueKind>(stream, length);
                    min ??= sum;
                    max ??= sum;
                    if (length > 0)
                    {
                        chunks.Add(SealedChunk.Create(memory.Layout, timestamps, min, max, sum, count, kinds, sorted));
                        points += length;
                    }
                }

                columns.Load(chunks);
            }
        }

        if (!reader.ReadBytes(8).AsSpan().SequenceEqual(SnapshotWriter.EndMagic))
        {
            problem = "the end marker is missing";
            return null;
        }

        return memory;
    }

    private static long[] Ones(int length)
    {
        var ones = new long[length];
        Array.Fill(ones, 1L);
        return ones;
    }

    private static T[] ReadColumn<T>(Stream stream, int length)
        where T : struct
    {
        var values = new T[length];
        stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    /// <summary>A count can never exceed the bytes in the file; checking that stops a damaged count from allocating gigabytes.</summary>
    private static int ReadCount(BinaryReader reader, long limit)
    {
        var count = reader.Read7BitEncodedInt();
        if (count < 0 || count > limit)
        {
            throw new FormatException($"a count of {count} is impossible here");
        }

        return count;
    }

    private static long? ReadOptionalInt64(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadInt64() : null;

    private static string? ReadOptionalString(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
