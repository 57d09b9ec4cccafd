using System.Globalization;
using System.Text.RegularExpressions;
using Pharos.Settings.Model;

namespace Pharos.Settings.Validation;

/// <summary>
/// Parses the date and time property types the way Java's ISO formatters accept them
/// (<c>LocalDate</c> 2024-05-01, <c>LocalTime</c> 13:00 or 13:00:00[.fff], <c>LocalDateTime</c>
/// 2024-05-01T13:00[:00[.fff]], <c>ZonedDateTime</c> with an offset or Z). Time zones are checked by
/// shape only (see docs): the host's time-zone database must not change validation results.
/// </summary>
internal static partial class TemporalValues
{
    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFFF"];
    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];
    private static readonly string[] ZonedFormats =
    [
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    public static bool IsValid(PropertyTypeKind kind, string value) => TryGetOrdinal(kind, value, out _);

    /// <summary>A number that orders values of the kind chronologically (for LESS_THAN and friends).</summary>
    public static bool TryGetOrdinal(PropertyTypeKind kind, string value, out long ordinal)
    {
        ordinal = 0;
        switch (kind)
        {
            case PropertyTypeKind.LocalDate when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                ordinal = date.DayNumber;
                return true;
            case PropertyTypeKind.LocalTime when TimeOnly.TryParseExact(value, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time):
                ordinal = time.Ticks;
                return true;
            case PropertyTypeKind.LocalDateTime when DateTime.TryParseExact(value, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateTime):
                ordinal = dateTime.Ticks;
                return true;
            case PropertyTypeKind.ZonedDateTime when OffsetSuffix().IsMatch(StripZoneName(value))
                && DateTimeOffset.TryParseExact(StripZoneName(value), ZonedFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var zoned):
                ordinal = zoned.UtcTicks;
                return true;
            case PropertyTypeKind.TimeZone:
                return TimeZoneShape().IsMatch(value);
            default:
                return false;
        }
    }

    // Java prints ZonedDateTime as 2024-05-01T13:00+02:00[Europe/Vienna]; the bracketed region adds nothing we can check.
    private static string StripZoneName(string value)
    {
        var bracket = value.IndexOf('[', StringComparison.Ordinal);
        return bracket > 0 && value.EndsWith(']') ? value[..bracket] : value;
    }

    // The K specifier also accepts "no offset at all", which Java's ZonedDateTime does not.
    [GeneratedRegex(@"(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)\z", RegexOptions.CultureInvariant, 250)]
    private static partial Regex OffsetSuffix();

    [GeneratedRegex(@"\A(?:[A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9_+\-]+){0,2})\z", RegexOptions.CultureInvariant, 250)]
    private static partial Regex TimeZoneShape();
}
