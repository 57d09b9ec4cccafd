using System.Globalization;

namespace Pharos.Metrics.Query.Time;

/// <summary>
/// Parses the <c>from</c>/<c>to</c> forms of the Environment API: UTC milliseconds; ISO 8601
/// (<c>2021-01-25T05:57:01.123+01:00</c>, UTC without a zone, a space may replace <c>T</c>, seconds and
/// fractions optional); relative <c>now</c>, <c>now-2h</c>, <c>now-1y/w</c> with units m h d w M y, where
/// <c>M</c> and <c>y</c> are calendar months and years and <c>/unit</c> aligns down (weeks start on Monday).
/// </summary>
internal static class TimeExpressionParser
{
    private static readonly string[] IsoFormats = BuildIsoFormats();

    public static bool TryParse(string text, DateTimeOffset now, out long milliseconds)
    {
        milliseconds = 0;
        var value = text.Trim();
        if (value.Length == 0)
        {
            return false;
        }

        if (value.AsSpan().IndexOfAnyExcept("0123456789") < 0)
        {
            return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out milliseconds) && milliseconds <= 253_402_300_799_999;
        }

        if (value.StartsWith("now", StringComparison.Ordinal))
        {
            return TryParseRelative(value.AsSpan(3), now, out milliseconds);
        }

        if (value.Length > 10 && value[10] == ' ')
        {
            value = string.Concat(value.AsSpan(0, 10), "T", value.AsSpan(11));
        }

        if (DateTimeOffset.TryParseExact(value, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            milliseconds = parsed.ToUnixTimeMilliseconds();
            return true;
        }

        return false;
    }

    private static bool TryParseRelative(ReadOnlySpan<char> rest, DateTimeOffset now, out long milliseconds)
    {
        milliseconds = 0;
        var time = now.ToUniversalTime();
        if (rest.Length > 0 && rest[0] is '-' or '+')
        {
            var sign = rest[0] == '-' ? -1 : 1;
            rest = rest[1..];
            var digits = rest.IndexOfAnyExcept("0123456789");
            if (digits <= 0 || digits >= rest.Length || !int.TryParse(rest[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
            {
                return false;
            }

            if (!TryShift(time, sign * amount, rest[digits], out time))
            {
                return false;
            }

            rest = rest[(digits + 1)..];
        }

        if (rest.Length == 2 && rest[0] == '/')
        {
            if (!TryAlign(time, rest[1], out time))
            {
                return false;
            }

            rest = rest[2..];
        }

        milliseconds = time.ToUnixTimeMilliseconds();
        return rest.IsEmpty;
    }

    private static bool TryShift(DateTimeOffset time, int amount, char unit, out DateTimeOffset shifted)
    {
        shifted = time;
        try
        {
            shifted = unit switch
            {
                'm' => time.AddMinutes(amount),
                'h' => time.AddHours(amount),
                'd' => time.AddDays(amount),
                'w' => time.AddDays(7.0 * amount),
                'M' => time.AddMonths(amount),
                'y' => time.AddYears(amount),
                _ => throw new FormatException(),
            };
            return true;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static bool TryAlign(DateTimeOffset time, char unit, out DateTimeOffset aligned)
    {
        var day = new DateTimeOffset(time.Year, time.Month, time.Day, 0, 0, 0, TimeSpan.Zero);
        aligned = unit switch
        {
            'm' => new DateTimeOffset(time.Year, time.Month, time.Day, time.Hour, time.Minute, 0, TimeSpan.Zero),
            'h' => new DateTimeOffset(time.Year, time.Month, time.Day, time.Hour, 0, 0, TimeSpan.Zero),
            'd' => day,
            'w' => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
            'M' => new DateTimeOffset(time.Year, time.Month, 1, 0, 0, 0, TimeSpan.Zero),
            'y' => new DateTimeOffset(time.Year, 1, 1, 0, 0, 0, TimeSpan.Zero),
            _ => time,
        };
        return unit is 'm' or 'h' or 'd' or 'w' or 'M' or 'y';
    }

    private static string[] BuildIsoFormats()
    {
        string[] bases = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];
        return [.. bases, .. bases.Select(b => b + "'Z'"), .. bases.Select(b => b + "zzz")];
    }
}
