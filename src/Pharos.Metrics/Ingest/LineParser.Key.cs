namespace Pharos.Metrics.Ingest;

internal sealed partial class LineParser
{
    /// <summary>
    /// Key rules from the protocol page: sections of <c>[A-Za-z0-9_-]</c> joined by single dots; the key
    /// must not start with a digit or '-', no section may start with '-', 3..255 characters, and the
    /// <c>dt.</c> prefix is reserved. <paramref name="offset"/> is the key's index in the line.
    /// </summary>
    private bool ValidateMetricKey(ReadOnlySpan<byte> key, int offset)
    {
        if (key.IsEmpty)
        {
            return Fail(LineErrors.MetricKeyMissing(offset + 1));
        }

        var bad = key.IndexOfAnyExcept(LineBytes.MetricKeyChars);
        if (bad >= 0)
        {
            return Fail(LineErrors.MetricKeyCharacter(key, key[bad..], offset + bad + 1));
        }

        if (LineBytes.IsDigit(key[0]) || key[0] == '-')
        {
            return Fail(LineErrors.MetricKeyStart(key));
        }

        var sectionStart = 0;
        while (true)
        {
            var dot = key[sectionStart..].IndexOf((byte)'.');
            var sectionEnd = dot < 0 ? key.Length : sectionStart + dot;
            if (sectionEnd == sectionStart)
            {
                return Fail(LineErrors.MetricKeyEmptySection(key, offset + sectionStart + 1));
            }

            if (key[sectionStart] == '-')
            {
                return Fail(LineErrors.MetricKeySectionStart(key, offset + sectionStart + 1));
            }

            if (dot < 0)
            {
                break;
            }

            sectionStart = sectionEnd + 1;
            if (sectionStart == key.Length)
            {
                return Fail(LineErrors.MetricKeyEmptySection(key, offset + sectionStart));
            }
        }

        if (key.Length is < MinKeyLength or > MaxKeyLength)
        {
            return Fail(LineErrors.MetricKeyLength(key, MaxKeyLength));
        }

        if ((key[0] | 0x20) == 'd' && (key[1] | 0x20) == 't' && key[2] == '.')
        {
            return Fail(LineErrors.MetricKeyReserved(key));
        }

        return true;
    }

    /// <summary>
    /// Applies the classic suffix rule and interns the stored key: a count gets <c>.count</c> unless its
    /// key already ends so; a gauge whose key ends with <c>.count</c> gets <c>.gauge</c>. Records the
    /// change as a warning; call only once the line is otherwise valid.
    /// </summary>
    private bool TryResolveKey(ReadOnlySpan<byte> key, MetricType type, out string metricKey)
    {
        var endsWithCount = key.EndsWith(".count"u8);
        var suffix = !_options.ApplyKeySuffixes ? default
            : type == MetricType.Count ? (endsWithCount ? default : ".count"u8)
            : (endsWithCount ? ".gauge"u8 : default);

        if (suffix.IsEmpty)
        {
            metricKey = _interner.GetString(key);
            return true;
        }

        if (key.Length + suffix.Length > MaxKeyLength)
        {
            metricKey = "";
            return Fail(LineErrors.MetricKeyTooLongWithSuffix(key, type == MetricType.Count ? ".count" : ".gauge", MaxKeyLength));
        }

        Span<byte> suffixed = stackalloc byte[key.Length + suffix.Length];
        key.CopyTo(suffixed);
        suffix.CopyTo(suffixed[key.Length..]);
        metricKey = _interner.GetString(suffixed);
        _result.AddKeyChange(_line, _interner.GetString(key), metricKey);
        return true;
    }
}
