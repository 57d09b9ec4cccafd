using System.Globalization;

namespace Pharos.Metrics.Ingest;

/// <summary>Number parsing for payloads and timestamps, without allocation.</summary>
internal static class Utf8Number
{
    private const NumberStyles FloatStyles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    // Exact powers of ten: a mantissa below 2^53 divided by one of these is correctly rounded (Clinger's fast path).
    private static ReadOnlySpan<double> PowersOfTen =>
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    /// <summary>
    /// Parses <c>[+-]digits[.digits][e[+-]digits]</c>. Returns false for text that is not a number;
    /// "NaN" and "Infinity" parse (to non-finite values) so the caller can say why they are refused.
    /// </summary>
    public static bool TryParseDouble(ReadOnlySpan<byte> text, out double value)
    {
        if (TryParseSimpleDecimal(text, out value))
        {
            return true;
        }

        return double.TryParse(text, FloatStyles, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Digits only, at most 18 of them (so the value always fits a long).</summary>
    public static bool TryParseNonNegativeInteger(ReadOnlySpan<byte> text, out long value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 18)
        {
            return false;
        }

        foreach (var b in text)
        {
            var digit = (uint)(b - '0');
            if (digit > 9)
            {
                value = 0;
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    private static bool TryParseSimpleDecimal(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (!text.IsEmpty && (text[0] == '-' || text[0] == '+'))
        {
            negative = text[0] == '-';
            i = 1;
        }

        ulong mantissa = 0;
        var digits = 0;
        var fractionDigits = 0;
        var seenDot = false;
        for (; i < text.Length; i++)
        {
            var b = text[i];
            var digit = (uint)(b - '0');
            if (digit <= 9)
            {
                if (++digits > 16)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + digit;
                if (seenDot)
                {
                    fractionDigits++;
                }
            }
            else if (b == '.' && !seenDot)
            {
                seenDot = true;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0 || mantissa > (1UL << 53) || fractionDigits >= PowersOfTen.Length)
        {
            return false;
        }

        value = mantissa / PowersOfTen[fractionDigits];
        if (negative)
        {
            value = -value;
        }

        return true;
    }
}
