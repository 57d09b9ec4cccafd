using System.Buffers;

namespace Pharos.Metrics.Ingest;

internal sealed partial class LineParser
{
    /// <summary>Parses <c>key=value[,key=value…]</c> starting at <paramref name="pos"/>; stops at whitespace or the line end.</summary>
    private bool TryParseDimensions(ReadOnlySpan<byte> line, ref int pos)
    {
        while (true)
        {
            var rest = line[pos..];
            var keyLength = rest.IndexOfAny(LineBytes.DimensionKeyEnd);
            if (keyLength == 0 || rest.IsEmpty)
            {
                return Fail(LineErrors.DimensionMissing(pos + 1));
            }

            if (keyLength < 0 || rest[keyLength] != '=')
            {
                return Fail(LineErrors.DimensionMissingEquals(keyLength < 0 ? rest : rest[..keyLength], pos + 1));
            }

            var key = rest[..keyLength];
            if (!ValidateDimensionKey(key, pos))
            {
                return false;
            }

            if (_slotCount == _options.MaxDimensions)
            {
                return Fail(LineErrors.TooManyDimensions(_options.MaxDimensions));
            }

            ref var slot = ref _slots[_slotCount];
            slot.KeyStart = pos;
            slot.KeyLength = keyLength;
            pos += keyLength + 1;
            var valueColumn = pos + 1;
            if (!TryParseValue(line, ref pos, key, metadata: false, out slot.ValueStart, out slot.ValueLength, out slot.ValueInScratch)
                || !ValidateValue(ValueOf(line, slot), key, metadata: false, valueColumn, _options.MaxDimensionValueLength))
            {
                return false;
            }

            _slotCount++;
            if (pos >= line.Length || line[pos] != ',')
            {
                return true;
            }

            pos++;
        }
    }

    /// <summary>
    /// Dimension keys: lowercase sections of <c>[a-z0-9_:-]</c> joined by single dots, each section
    /// starting with a letter or '_', 1..100 characters; <c>dt.</c> keys only from the allowed list.
    /// </summary>
    private bool ValidateDimensionKey(ReadOnlySpan<byte> key, int offset)
    {
        var bad = key.IndexOfAnyExcept(LineBytes.DimensionKeyChars);
        if (bad >= 0)
        {
            return (uint)(key[bad] - 'A') <= 'Z' - 'A'
                ? Fail(LineErrors.DimensionKeyUppercase(key, offset + 1, (char)key[bad]))
                : Fail(LineErrors.DimensionKeyCharacter(key, key[bad..], offset + bad + 1));
        }

        var sectionStart = 0;
        while (true)
        {
            if (sectionStart == key.Length || key[sectionStart] == '.')
            {
                return Fail(LineErrors.DimensionKeyEmptySection(key, offset + sectionStart + 1));
            }

            if (!LineBytes.IsLowerOrUnderscore(key[sectionStart]))
            {
                return Fail(LineErrors.DimensionKeySectionStart(key, offset + sectionStart + 1));
            }

            var dot = key[sectionStart..].IndexOf((byte)'.');
            if (dot < 0)
            {
                break;
            }

            sectionStart += dot + 1;
        }

        if (key.Length > _options.MaxDimensionKeyLength)
        {
            return Fail(LineErrors.DimensionKeyLength(key, offset + 1, _options.MaxDimensionKeyLength));
        }

        if (ReservedDimensions.IsReserved(key) && !ReservedDimensions.IsAllowed(key))
        {
            return Fail(LineErrors.DimensionKeyReserved(key, offset + 1));
        }

        return true;
    }

    private void AppendScratch(ReadOnlySpan<byte> bytes)
    {
        EnsureCapacity(ref _scratch, _scratchLength + bytes.Length, _scratchLength);
        bytes.CopyTo(_scratch.AsSpan(_scratchLength));
        _scratchLength += bytes.Length;
    }

    private void AppendScratch(byte b)
    {
        EnsureCapacity(ref _scratch, _scratchLength + 1, _scratchLength);
        _scratch[_scratchLength++] = b;
    }

    private static void EnsureCapacity(ref byte[] buffer, int needed, int used)
    {
        if (needed <= buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, buffer.Length * 2));
        buffer.AsSpan(0, used).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }

    private ReadOnlySpan<byte> ValueOf(ReadOnlySpan<byte> line, in DimensionSlot slot) =>
        slot.ValueInScratch ? _scratch.AsSpan(slot.ValueStart, slot.ValueLength) : line.Slice(slot.ValueStart, slot.ValueLength);

    private static ReadOnlySpan<byte> KeyOf(ReadOnlySpan<byte> line, in DimensionSlot slot) => line.Slice(slot.KeyStart, slot.KeyLength);

    /// <summary>
    /// Sorts the parsed dimensions by key, keeps the last value of a repeated key, and returns the
    /// shared set for that canonical form.
    /// </summary>
    private DimensionSet BuildDimensionSet(ReadOnlySpan<byte> line)
    {
        if (_slotCount == 0)
        {
            return DimensionSet.Empty;
        }

        var slots = _slots.AsSpan(0, _slotCount);
        var needed = 0;
        for (var i = 0; i < slots.Length; i++)
        {
            needed += slots[i].KeyLength + slots[i].ValueLength + 2;
        }

        // Insertion sort is stable (a repeated key keeps its input order) and fast for the usual handful of dimensions.
        for (var i = 1; i < slots.Length; i++)
        {
            var current = slots[i];
            var currentKey = KeyOf(line, current);
            var j = i - 1;
            while (j >= 0 && KeyOf(line, slots[j]).SequenceCompareTo(currentKey) > 0)
            {
                slots[j + 1] = slots[j];
                j--;
            }

            slots[j + 1] = current;
        }

        EnsureCapacity(ref _canonical, needed, 0);
        var canonical = _canonical.AsSpan();
        var length = 0;
        for (var i = 0; i < slots.Length; i++)
        {
            var key = KeyOf(line, slots[i]);
            if (i + 1 < slots.Length && KeyOf(line, slots[i + 1]).SequenceEqual(key))
            {
                continue;
            }

            key.CopyTo(canonical[length..]);
            length += key.Length;
            canonical[length++] = 0;
            var value = ValueOf(line, slots[i]);
            value.CopyTo(canonical[length..]);
            length += value.Length;
            canonical[length++] = 0;
        }

        return _interner.GetDimensionSet(canonical[..length]);
    }
}
