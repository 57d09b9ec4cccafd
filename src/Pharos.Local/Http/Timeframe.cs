using System.Globalization;

namespace Pharos.Local.Http;

/// <summary>
/// Dynatrace timeframe values (<c>from</c>, <c>to</c>): UTC milliseconds, ISO 8601
/// (<c>2021-01-25T05:57:01.123+01:00</c>, UTC without zone, space for 'T' allowed), or relative
/// <c>now[-N&lt;unit&gt;][/&lt;unit&gt;]</c> with units s m h d w M y. Never throws.
/// </summary>
public static class Timeframe
{
    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd",
    ];

    public static bool TryParse(string? text, DateTimeOffset now, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
        {
            return false;
        }

        text = text.Trim();
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var millis))
        {
            if (millis > 253_402_300_799_999)
            {
                return false;
            }

            value = DateTimeOffset.FromUnixTimeMilliseconds(millis);
            return true;
        }

        if (text.StartsWith("now", StringComparison.Ordinal))
        {
            return TryParseRelative(text[3..], now, out value);
        }

        return DateTimeOffset.TryParseExact(text.Replace(' ', 'T'), IsoFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }

    /// <summary>Reads <paramref name="name"/> from the query, defaulting when absent; adds a violation when unreadable.</summary>
    public static DateTimeOffset Read(Microsoft.AspNetCore.Http.HttpRequest request, string name, DateTimeOffset now, DateTimeOffset defaultValue, ICollection<ConstraintViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var text = QueryParameters.Get(request, name);
        if (text is null)
        {
            return defaultValue;
        }

        if (TryParse(text, now, out var value))
        {
            return value;
        }

        violations.Add(ConstraintViolation.InQuery(name,
            $"'{text}' is not a timeframe. Use UTC milliseconds, an ISO time such as 2024-05-14T10:00:00Z, or a relative time such as now-2h."));
        return defaultValue;
    }

    private static bool TryParseRelative(string rest, DateTimeOffset now, out DateTimeOffset value)
    {
        value = now;
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var offset = slash < 0 ? rest : rest[..slash];
        var align = slash < 0 ? null : rest[(slash + 1)..];
        if (offset.Length > 0)
        {
            if (offset[0] is not ('-' or '+') || offset.Length < 3)
            {
                return false;
            }

            var sign = offset[0] == '-' ? -1 : 1;
            if (!int.TryParse(offset[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount > 100_000)
            {
                return false;
            }

            var shifted = Shift(value, offset[^1], sign * amount);
            if (shifted is null)
            {
                return false;
            }

            value = shifted.Value;
        }

        if (align is not null)
        {
            if (align.Length != 1)
            {
                return false;
            }

            var aligned = Align(value, align[0]);
            if (aligned is null)
            {
                return false;
            }

            value = aligned.Value;
        }

        return true;
    }

    private static DateTimeOffset? Shift(DateTimeOffset at, char unit, int amount)
    {
        try
        {
            return unit switch
            {
                's' => at.AddSeconds(amount),
                'm' => at.AddMinutes(amount),
                'h' => at.AddHours(amount),
                'd' => at.AddDays(amount),
                'w' => at.AddDays(7L * amount),
                'M' => at.AddMonths(amount),
                'y' => at.AddYears(amount),
                _ => null,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static DateTimeOffset? Align(DateTimeOffset at, char unit)
    {
        var utc = at.UtcDateTime;
        return unit switch
        {
            's' => new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, TimeSpan.Zero),
            'm' => new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0, TimeSpan.Zero),
            'h' => new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero),
            'd' => new DateTimeOffset(utc.Date, TimeSpan.Zero),
            'w' => new DateTimeOffset(utc.Date.AddDays(-(((int)utc.DayOfWeek + 6) % 7)), TimeSpan.Zero),
            'M' => new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero),
            'y' => new DateTimeOffset(utc.Year, 1, 1, 0, 0, 0, TimeSpan.Zero),
            _ => null,
        };
    }
}
