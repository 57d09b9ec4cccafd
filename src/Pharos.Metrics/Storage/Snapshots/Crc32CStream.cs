using Pharos.Metrics.Storage.Wal;

namespace Pharos.Metrics.Storage.Snapshots;

/// <summary>Passes bytes through in one direction while keeping a running CRC-32C of them.</summary>
internal sealed class Crc32CStream(Stream inner, bool forWriting) : Stream
{
    public uint Crc { get; private set; }

    public override bool CanRead => !forWriting;

    public override bool CanSeek => false;

    public override bool CanWrite => forWriting;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Crc = Crc32C.Append(Crc, buffer[..read]);
        return read;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Crc = Crc32C.Append(Crc, buffer);
        inner.Write(buffer);
    }

    public override void Flush() => inner.Flush();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
