namespace Pharos.Metrics.Ingest;

internal sealed partial class LineParser
{
    // Relative tolerance for min <= sum/count <= max; absolute near zero. Dynatrace reports "tolerance: 0.000001".
    private const double SummaryTolerance = 1e-6;

    /// <summary>
    /// <c>gauge,&lt;v&gt;</c>, <c>gauge,min=…,max=…,sum=…,count=…</c>, <c>count,delta=&lt;v&gt;</c> or a bare
    /// number (a gauge). <paramref name="offset"/> is the payload's index in the line.
    /// </summary>
    private bool TryParsePayload(ReadOnlySpan<byte> payload, int offset, out PayloadValue value)
    {
        value = default;
        if (payload.StartsWith("gauge,"u8))
        {
            var rest = payload[6..];
            if (rest.Contains((byte)'='))
            {
                return TryParseSummary(rest, offset + 6, out value);
            }

            if (!TryParseFinite("gauge value", rest, offset + 6, out var gauge))
            {
                return false;
            }

            value = PayloadValue.Gauge(gauge);
            return true;
        }

        if (payload.StartsWith("count,"u8))
        {
            if (!payload[6..].StartsWith("delta="u8))
            {
                return Fail(LineErrors.CountWithoutDelta(payload, offset + 1));
            }

            if (!TryParseFinite("count delta", payload[12..], offset + 12, out var delta))
            {
                return false;
            }

            value = PayloadValue.Delta(delta);
            return true;
        }

        if (!Utf8Number.TryParseDouble(payload, out var bare))
        {
            // A word here is a misspelt or missing type ("gauge", "cnt,5"); digits are a malformed number.
            return (uint)((payload[0] | 0x20) - 'a') <= 'z' - 'a'
                ? Fail(LineErrors.UnknownPayload(payload, offset + 1))
                : Fail(LineErrors.InvalidNumber("gauge value", payload, offset + 1));
        }

        if (!double.IsFinite(bare))
        {
            return Fail(LineErrors.NonFinite("gauge value", payload, offset + 1));
        }

        value = PayloadValue.Gauge(bare);
        return true;
    }

    private bool TryParseFinite(string field, ReadOnlySpan<byte> text, int offset, out double value)
    {
        if (!Utf8Number.TryParseDouble(text, out value))
        {
            return Fail(LineErrors.InvalidNumber(field, text, offset + 1));
        }

        return double.IsFinite(value) || Fail(LineErrors.NonFinite(field, text, offset + 1));
    }

    private bool TryParseSummary(ReadOnlySpan<byte> fields, int offset, out PayloadValue value)
    {
        value = default;
        double min = 0, max = 0, sum = 0;
        long count = 0;
        var seen = 0; // bit per field: min=1, max=2, sum=4, count=8
        var pos = 0;
        while (pos <= fields.Length)
        {
            var fieldLength = fields[pos..].IndexOf((byte)',');
            var field = fieldLength < 0 ? fields[pos..] : fields.Slice(pos, fieldLength);
            var column = offset + pos + 1;
            var equals = field.IndexOf((byte)'=');
            var name = equals < 0 ? field : field[..equals];
            var text = equals < 0 ? default : field[(equals + 1)..];
            var bit = name.SequenceEqual("min"u8) ? 1 : name.SequenceEqual("max"u8) ? 2 : name.SequenceEqual("sum"u8) ? 4 : name.SequenceEqual("count"u8) ? 8 : 0;
            if (bit == 0 || equals < 0)
            {
                return Fail(LineErrors.SummaryUnknownField(field, column));
            }

            if ((seen & bit) != 0)
            {
                return Fail(LineErrors.SummaryDuplicateField(System.Text.Encoding.ASCII.GetString(name), column));
            }

            seen |= bit;
            var valueColumn = column + equals + 1;
            var ok = bit switch
            {
                1 => TryParseFinite("summary min", text, valueColumn - 1, out min),
                2 => TryParseFinite("summary max", text, valueColumn - 1, out max),
                4 => TryParseFinite("summary sum", text, valueColumn - 1, out sum),
                _ => Utf8Number.TryParseNonNegativeInteger(text, out count) || Fail(LineErrors.SummaryCount(text, valueColumn)),
            };
            if (!ok)
            {
                return false;
            }

            if (fieldLength < 0)
            {
                break;
            }

            pos += fieldLength + 1;
        }

        if (seen != 15)
        {
            return Fail(LineErrors.SummaryMissingFields(MissingFields(seen)));
        }

        if (!IsConsistent(min, max, sum, count))
        {
            return Fail(count switch
            {
                0 => LineErrors.SummaryEmptyNotZero(min, max, sum),
                1 => LineErrors.SummarySingleMismatch(min, max, sum),
                _ => LineErrors.SummaryInconsistent(min, max, sum, count),
            });
        }

        value = PayloadValue.Summary(min, max, sum, count);
        return true;
    }

    private static bool IsConsistent(double min, double max, double sum, long count)
    {
        if (count == 0)
        {
            return min == 0 && max == 0 && sum == 0;
        }

        var tolerance = SummaryTolerance * Math.Max(1, Math.Max(Math.Abs(min), Math.Abs(max)));
        if (count == 1)
        {
            return Math.Abs(min - max) <= tolerance && Math.Abs(sum - min) <= tolerance;
        }

        var average = sum / count;
        return min <= max + tolerance && average >= min - tolerance && average <= max + tolerance;
    }

    private static string MissingFields(int seen)
    {
        var missing = new List<string>(4);
        if ((seen & 1) == 0)
        {
            missing.Add("min");
        }

        if ((seen & 2) == 0)
        {
            missing.Add("max");
        }

        if ((seen & 4) == 0)
        {
            missing.Add("sum");
        }

        if ((seen & 8) == 0)
        {
            missing.Add("count");
        }

        return missing.Count == 1 ? missing[0] : string.Join(", ", missing[..^1]) + " and " + missing[^1];
    }

    private bool TryParseTimestamp(ReadOnlySpan<byte> text, int offset, out long timestamp)
    {
        if (!Utf8Number.TryParseNonNegativeInteger(text, out timestamp))
        {
            return Fail(LineErrors.InvalidTimestamp(text, offset + 1));
        }

        if (timestamp < _oldestMs)
        {
            var asMilliseconds = timestamp < long.MaxValue / 1000 ? timestamp * 1000 : long.MaxValue;
            var looksLikeSeconds = asMilliseconds >= _oldestMs && asMilliseconds <= _newestMs;
            return Fail(LineErrors.TimestampTooOld(timestamp, _now, _options.MaxTimestampAge, looksLikeSeconds));
        }

        if (timestamp > _newestMs)
        {
            return Fail(LineErrors.TimestampTooNew(timestamp, _now, _options.MaxTimestampLead));
        }

        return true;
    }
}
