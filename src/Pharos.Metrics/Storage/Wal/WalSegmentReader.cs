using System.Buffers;
using System.Buffers.Binary;

namespace Pharos.Metrics.Storage.Wal;

/// <summary>
/// Reads a segment's records in order and stops at the first one that is incomplete, fails its
/// checksum, or cannot be decoded. <see cref="SegmentScan.ValidLength"/> is where the good prefix ends;
/// for the newest segment that is a torn tail left by a crash and is cut off.
/// </summary>
internal static class WalSegmentReader
{
    public static SegmentScan Scan(string path, long expectedSequence, Func<ReadOnlyMemory<byte>, bool> onRecord)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1 << 20);
        var fileLength = stream.Length;
        Span<byte> header = stackalloc byte[WalSegment.FileHeaderSize];
        if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length
            || !header[..8].SequenceEqual(WalSegment.Magic)
            || BinaryPrimitives.ReadInt64LittleEndian(header[8..]) != expectedSequence)
        {
            return new SegmentScan(0, fileLength, 0, "the segment header is missing or damaged");
        }

        long position = WalSegment.FileHeaderSize;
        var records = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            Span<byte> recordHeader = stackalloc byte[WalCodec.HeaderSize];
            while (true)
            {
                var read = stream.ReadAtLeast(recordHeader, recordHeader.Length, throwOnEndOfStream: false);
                if (read == 0)
                {
                    return new SegmentScan(position, fileLength, records, null);
                }

                if (read < recordHeader.Length)
                {
                    return new SegmentScan(position, fileLength, records, "the last record header is incomplete");
                }

                var length = BinaryPrimitives.ReadUInt32LittleEndian(recordHeader);
                var expectedCrc = BinaryPrimitives.ReadUInt32LittleEndian(recordHeader[4..]);
                if (length == 0 || length > WalCodec.MaxPayloadBytes)
                {
                    return new SegmentScan(position, fileLength, records, $"a record claims an impossible length ({length} bytes)");
                }

                if (buffer.Length < length)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = ArrayPool<byte>.Shared.Rent((int)length);
                }

                var payload = buffer.AsMemory(0, (int)length);
                if (stream.ReadAtLeast(payload.Span, payload.Length, throwOnEndOfStream: false) < payload.Length)
                {
                    return new SegmentScan(position, fileLength, records, "the last record is incomplete");
                }

                if (Crc32C.Append(Crc32C.Compute(recordHeader[..4]), payload.Span) != expectedCrc)
                {
                    return new SegmentScan(position, fileLength, records, "a record fails its checksum");
                }

                if (!onRecord(payload))
                {
                    return new SegmentScan(position, fileLength, records, "a record has a valid checksum but cannot be decoded");
                }

                records++;
                position += WalCodec.HeaderSize + length;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Cuts a segment back to its valid prefix and makes the cut durable.</summary>
    public static void Truncate(string path, long length)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Write, FileShare.Read);
        RandomAccess.SetLength(handle, length);
        RandomAccess.FlushToDisk(handle);
    }
}

/// <summary>How far a segment scan got; <see cref="Problem"/> is null when the whole file was read.</summary>
internal readonly record struct SegmentScan(long ValidLength, long FileLength, int Records, string? Problem)
{
    public bool IsComplete => Problem is null && ValidLength == FileLength;
}
