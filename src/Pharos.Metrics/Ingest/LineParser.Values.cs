namespace Pharos.Metrics.Ingest;

internal sealed partial class LineParser
{
    /// <summary>
    /// Reads a quoted or unquoted value at <paramref name="pos"/>. The result lies in the line when it had
    /// no escapes, otherwise it is decoded into the scratch buffer.
    /// </summary>
    private bool TryParseValue(ReadOnlySpan<byte> line, ref int pos, ReadOnlySpan<byte> key, bool metadata, out int start, out int length, out bool inScratch)
    {
        return pos < line.Length && line[pos] == '"'
            ? TryParseQuotedValue(line, ref pos, key, metadata, out start, out length, out inScratch)
            : TryParseUnquotedValue(line, ref pos, key, metadata, out start, out length, out inScratch);
    }

    // Unquoted: ends at an unescaped ',', space or tab; '\' escapes , space = \ and " (as the clients write them).
    private bool TryParseUnquotedValue(ReadOnlySpan<byte> line, ref int pos, ReadOnlySpan<byte> key, bool metadata, out int start, out int length, out bool inScratch)
    {
        start = pos;
        var scratchStart = -1;
        var segment = pos;
        while (true)
        {
            var stopOffset = line[pos..].IndexOfAny(LineBytes.UnquotedStop);
            var stop = stopOffset < 0 ? line.Length : pos + stopOffset;
            if (stop == line.Length || line[stop] != '\\')
            {
                pos = stop;
                break;
            }

            if (stop + 1 == line.Length)
            {
                length = 0;
                inScratch = false;
                return Fail(LineErrors.ValueDanglingEscape(key, metadata, stop + 1));
            }

            scratchStart = scratchStart < 0 ? _scratchLength : scratchStart;
            AppendScratch(line[segment..stop]);
            var escaped = line[stop + 1];
            var keepsBackslash = !LineBytes.IsUnquotedEscapable(escaped);
            AppendScratch(keepsBackslash ? (byte)'\\' : escaped);
            pos = keepsBackslash ? stop + 1 : stop + 2;
            segment = pos;
        }

        return Finish(line, segment, pos, scratchStart, ref start, out length, out inScratch);
    }

    // Quoted: ends at the next unescaped '"'; inside, '\"' and '\\' are escapes, any other '\x' is kept as is.
    private bool TryParseQuotedValue(ReadOnlySpan<byte> line, ref int pos, ReadOnlySpan<byte> key, bool metadata, out int start, out int length, out bool inScratch)
    {
        var openColumn = pos + 1;
        pos++;
        start = pos;
        var scratchStart = -1;
        var segment = pos;
        int end;
        while (true)
        {
            var stopOffset = line[pos..].IndexOfAny(LineBytes.QuotedStop);
            var stop = pos + stopOffset;
            if (stopOffset < 0 || (line[stop] == '\\' && stop + 1 == line.Length))
            {
                length = 0;
                inScratch = false;
                return Fail(LineErrors.ValueUnterminated(key, metadata, openColumn));
            }

            if (line[stop] == '"')
            {
                end = stop;
                pos = stop + 1;
                break;
            }

            scratchStart = scratchStart < 0 ? _scratchLength : scratchStart;
            AppendScratch(line[segment..stop]);
            var escaped = line[stop + 1];
            var keepsBackslash = escaped is not ((byte)'"' or (byte)'\\');
            AppendScratch(keepsBackslash ? (byte)'\\' : escaped);
            pos = keepsBackslash ? stop + 1 : stop + 2;
            segment = pos;
        }

        if (pos < line.Length && line[pos] != ',' && !LineBytes.IsWhitespace(line[pos]))
        {
            length = 0;
            inScratch = false;
            return Fail(LineErrors.ValueAfterQuote(key, metadata, line[pos..], pos + 1));
        }

        return Finish(line, segment, end, scratchStart, ref start, out length, out inScratch);
    }

    private bool Finish(ReadOnlySpan<byte> line, int segment, int end, int scratchStart, ref int start, out int length, out bool inScratch)
    {
        if (scratchStart < 0)
        {
            length = end - start;
            inScratch = false;
            return true;
        }

        AppendScratch(line[segment..end]);
        start = scratchStart;
        length = _scratchLength - scratchStart;
        inScratch = true;
        return true;
    }

    /// <summary>Values must be UTF-8 without control characters and at most <paramref name="maxLength"/> UTF-16 characters.</summary>
    private bool ValidateValue(ReadOnlySpan<byte> value, ReadOnlySpan<byte> key, bool metadata, int column, int maxLength)
    {
        var control = value.IndexOfAny(LineBytes.AsciiControls);
        if (control >= 0)
        {
            return Fail(LineErrors.ValueControlCharacter(key, metadata, column, value[control]));
        }

        if (!System.Text.Ascii.IsValid(value))
        {
            if (!System.Text.Unicode.Utf8.IsValid(value))
            {
                return Fail(LineErrors.ValueNotUtf8(key, metadata, column));
            }

            var c1 = FindC1Control(value);
            if (c1 >= 0)
            {
                return Fail(LineErrors.ValueControlCharacter(key, metadata, column, c1));
            }
        }

        if (value.Length > maxLength)
        {
            var chars = System.Text.Encoding.UTF8.GetCharCount(value);
            if (chars > maxLength)
            {
                return Fail(LineErrors.ValueTooLong(key, metadata, column, chars, maxLength));
            }
        }

        return true;
    }

    // U+0080..U+009F are encoded C2 80..C2 9F; returns the code point or -1.
    private static int FindC1Control(ReadOnlySpan<byte> value)
    {
        var from = 0;
        while (true)
        {
            var lead = value[from..].IndexOf((byte)0xC2);
            if (lead < 0 || from + lead + 1 >= value.Length)
            {
                return -1;
            }

            var next = value[from + lead + 1];
            if (next is >= 0x80 and <= 0x9F)
            {
                return next;
            }

            from += lead + 1;
        }
    }
}
