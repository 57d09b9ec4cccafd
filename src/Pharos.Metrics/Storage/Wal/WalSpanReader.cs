using System.Buffers.Binary;
using System.Text;

namespace Pharos.Metrics.Storage.Wal;

/// <summary>
/// Reads what <see cref="WalBuffer"/> wrote. Every read is bounds-checked and reports failure instead of
/// throwing: a record can pass its checksum and still be unreadable (e.g. written by a newer version).
/// </summary>
internal ref struct WalSpanReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    public readonly bool AtEnd => _position == _data.Length;

    public bool TryReadByte(out byte value)
    {
        if (_position >= _data.Length)
        {
            value = 0;
            return false;
        }

        value = _data[_position++];
        return true;
    }

    public bool TryReadInt64(out long value)
    {
        if (_data.Length - _position < 8)
        {
            value = 0;
            return false;
        }

        value = BinaryPrimitives.ReadInt64LittleEndian(_data[_position..]);
        _position += 8;
        return true;
    }

    public bool TryReadDouble(out double value)
    {
        if (_data.Length - _position < 8)
        {
            value = 0;
            return false;
        }

        value = BinaryPrimitives.ReadDoubleLittleEndian(_data[_position..]);
        _position += 8;
        return true;
    }

    public bool TryReadVarUInt(out ulong value)
    {
        value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (_position >= _data.Length)
            {
                return false;
            }

            var b = _data[_position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return true;
            }
        }

        return false;
    }

    public bool TryReadCount(int max, out int count)
    {
        count = 0;
        if (!TryReadVarUInt(out var value) || value > (ulong)max)
        {
            return false;
        }

        count = (int)value;
        return true;
    }

    public bool TryReadBytes(int length, out ReadOnlySpan<byte> bytes)
    {
        if (length < 0 || _data.Length - _position < length)
        {
            bytes = default;
            return false;
        }

        bytes = _data.Slice(_position, length);
        _position += length;
        return true;
    }

    public bool TryReadUtf8(out ReadOnlySpan<byte> utf8)
    {
        utf8 = default;
        return TryReadCount(_data.Length, out var length) && TryReadBytes(length, out utf8);
    }

    public bool TryReadString(out string value)
    {
        value = "";
        if (!TryReadUtf8(out var utf8))
        {
            return false;
        }

        value = Encoding.UTF8.GetString(utf8);
        return true;
    }

    public bool TryReadNullableString(out string? value)
    {
        value = null;
        if (!TryReadVarUInt(out var marker))
        {
            return false;
        }

        if (marker == 0)
        {
            return true;
        }

        if (marker - 1 > (ulong)(_data.Length - _position) || !TryReadBytes((int)(marker - 1), out var utf8))
        {
            return false;
        }

        value = Encoding.UTF8.GetString(utf8);
        return true;
    }
}
