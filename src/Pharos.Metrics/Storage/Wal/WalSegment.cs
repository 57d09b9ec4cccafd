using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace Pharos.Metrics.Storage.Wal;

/// <summary>
/// One append-only log file: a 16-byte header (<c>PHMWAL01</c> and the sequence number) followed by
/// records. The writer keeps the end offset itself and writes with positional gather writes, one per
/// group of records, then flushes to disk once for the group.
/// </summary>
internal sealed class WalSegment : IDisposable
{
    public const int FileHeaderSize = 16;

    private readonly SafeFileHandle _handle;

    private WalSegment(string path, long sequence, SafeFileHandle handle, long length)
    {
        Path = path;
        Sequence = sequence;
        _handle = handle;
        Length = length;
    }

    public string Path { get; }

    public long Sequence { get; }

    public long Length { get; private set; }

    public static ReadOnlySpan<byte> Magic => "PHMWAL01"u8;

    public static WalSegment Create(string directory, long sequence)
    {
        var path = StoreFiles.SegmentPath(directory, sequence);
        var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        try
        {
            Span<byte> header = stackalloc byte[FileHeaderSize];
            Magic.CopyTo(header);
            BinaryPrimitives.WriteInt64LittleEndian(header[8..], sequence);
            RandomAccess.Write(handle, header, 0);
            RandomAccess.FlushToDisk(handle);
            return new WalSegment(path, sequence, handle, FileHeaderSize);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    public void Write(IReadOnlyList<ReadOnlyMemory<byte>> records, long byteCount)
    {
        RandomAccess.Write(_handle, records, Length);
        Length += byteCount;
    }

    public void Flush() => RandomAccess.FlushToDisk(_handle);

    public void Dispose() => _handle.Dispose();
}
