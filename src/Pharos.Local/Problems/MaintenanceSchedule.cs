using System.Globalization;
using System.Text.Json;

namespace Pharos.Local.Problems;

/// <summary>
/// When a maintenance window (<c>builtin:alerting.maintenance-window</c>) is active: once between two
/// local date-times, or daily, weekly or monthly within a time of day, all in the window's time zone.
/// A time window whose end is not after its start runs past midnight into the next day. A monthly
/// day past the month's end (31 in April) falls on the month's last day [INFERRED].
/// </summary>
internal sealed record MaintenanceSchedule(
    string Type,
    TimeZoneInfo TimeZone,
    DateTime? OnceStart,
    DateTime? OnceEnd,
    TimeSpan DailyStart,
    TimeSpan DailyEnd,
    DateOnly RangeStart,
    DateOnly RangeEnd,
    DayOfWeek? DayOfWeek,
    int? DayOfMonth)
{
    /// <summary>The occurrence active at <paramref name="instant"/>, as UTC instants; null when none is.</summary>
    public (DateTimeOffset Start, DateTimeOffset End)? OccurrenceAt(DateTimeOffset instant)
    {
        if (Type == "ONCE")
        {
            if (OnceStart is not { } start || OnceEnd is not { } end)
            {
                return null;
            }

            var from = Instant(start);
            var to = Instant(end);
            return instant >= from && instant < to ? (from, to) : null;
        }

        var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

        // An occurrence that runs past midnight started the day before.
        foreach (var day in new[] { local, local.AddDays(-1) })
        {
            if (day < RangeStart || day > RangeEnd || !Recurs(day))
            {
                continue;
            }

            var from = Instant(day.ToDateTime(TimeOnly.FromTimeSpan(DailyStart)));
            var endDay = DailyEnd > DailyStart ? day : day.AddDays(1);
            var to = Instant(endDay.ToDateTime(TimeOnly.FromTimeSpan(DailyEnd)));
            if (instant >= from && instant < to)
            {
                return (from, to);
            }
        }

        return null;
    }

    /// <summary>Null when the value is not a schedule this environment can evaluate.</summary>
    public static MaintenanceSchedule? Parse(JsonElement schedule)
    {
        var type = Text(schedule, "scheduleType") ?? "ONCE";
        if (type == "ONCE")
        {
            if (!schedule.TryGetProperty("onceRecurrence", out var once))
            {
                return null;
            }

            var zone = Zone(Text(once, "timeZone"));
            var start = LocalDateTime(Text(once, "startTime"));
            var end = LocalDateTime(Text(once, "endTime"));
            return zone is null || start is null || end is null
                ? null
                : new MaintenanceSchedule(type, zone, start, end, default, default, DateOnly.MinValue, DateOnly.MaxValue, null, null);
        }

        var property = type switch
        {
            "DAILY" => "dailyRecurrence",
            "WEEKLY" => "weeklyRecurrence",
            "MONTHLY" => "monthlyRecurrence",
            _ => null,
        };
        if (property is null || !schedule.TryGetProperty(property, out var recurrence)
            || !recurrence.TryGetProperty("timeWindow", out var window) || !recurrence.TryGetProperty("recurrenceRange", out var range))
        {
            return null;
        }

        var timeZone = Zone(Text(window, "timeZone"));
        var from = LocalTime(Text(window, "startTime"));
        var to = LocalTime(Text(window, "endTime"));
        var rangeStart = LocalDate(Text(range, "scheduleStartDate"));
        var rangeEnd = LocalDate(Text(range, "scheduleEndDate"));
        if (timeZone is null || from is null || to is null || rangeStart is null || rangeEnd is null)
        {
            return null;
        }

        DayOfWeek? dayOfWeek = type == "WEEKLY" && Enum.TryParse<DayOfWeek>(Text(recurrence, "dayOfWeek"), ignoreCase: true, out var weekday) ? weekday : null;
        int? dayOfMonth = type == "MONTHLY" && recurrence.TryGetProperty("dayOfMonth", out var dom) && dom.TryGetInt32(out var d) ? d : null;
        if ((type == "WEEKLY" && dayOfWeek is null) || (type == "MONTHLY" && dayOfMonth is null))
        {
            return null;
        }

        return new MaintenanceSchedule(type, timeZone, null, null, from.Value, to.Value, rangeStart.Value, rangeEnd.Value, dayOfWeek, dayOfMonth);
    }

    private bool Recurs(DateOnly day) => Type switch
    {
        "WEEKLY" => day.DayOfWeek == DayOfWeek,
        "MONTHLY" => day.Day == Math.Min(DayOfMonth ?? 1, DateTime.DaysInMonth(day.Year, day.Month)),
        _ => true,
    };

    // A local time inside a daylight-saving gap does not exist; it is read as the first instant after the gap.
    private DateTimeOffset Instant(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (TimeZone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddMinutes(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(unspecified, TimeZone), TimeSpan.Zero);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static TimeZoneInfo? Zone(string? id)
    {
        if (string.IsNullOrEmpty(id) || id == "UTC")
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    private static DateTime? LocalDateTime(string? text) =>
        DateTime.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;

    private static TimeSpan? LocalTime(string? text) =>
        TimeOnly.TryParseExact(text, ["HH:mm:ss", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value.ToTimeSpan() : null;

    private static DateOnly? LocalDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;
}
