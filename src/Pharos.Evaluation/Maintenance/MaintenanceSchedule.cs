namespace Pharos.Evaluation.Maintenance;

/// <summary>
/// When a maintenance window is active. ONCE: from <see cref="OnceStart"/> to <see cref="OnceEnd"/> (local times in
/// <see cref="TimeZone"/>). DAILY/WEEKLY/MONTHLY: on each matching day between <see cref="RangeStart"/> and
/// <see cref="RangeEnd"/>, from <see cref="WindowStart"/> to <see cref="WindowEnd"/>; a window whose end is not
/// after its start runs past midnight into the next day.
/// </summary>
public sealed record MaintenanceSchedule(
    ScheduleType Type,
    TimeZoneInfo TimeZone,
    DateTime OnceStart,
    DateTime OnceEnd,
    DateOnly RangeStart,
    DateOnly RangeEnd,
    TimeOnly WindowStart,
    TimeOnly WindowEnd,
    DayOfWeek DayOfWeek,
    int DayOfMonth)
{
    public bool IsActive(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, TimeZone).DateTime;
        if (Type == ScheduleType.Once)
        {
            return local >= OnceStart && local < OnceEnd;
        }

        // The window that started today, or one that started yesterday and runs past midnight.
        var today = DateOnly.FromDateTime(local);
        return Covers(today, local) || Covers(today.AddDays(-1), local);
    }

    /// <summary>
    /// The occurrence active at <paramref name="at"/> as UTC instants (problems report it as MAINTENANCE_WINDOW
    /// evidence), or null when none is.
    /// </summary>
    public (DateTimeOffset Start, DateTimeOffset End)? OccurrenceAt(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, TimeZone).DateTime;
        if (Type == ScheduleType.Once)
        {
            return local >= OnceStart && local < OnceEnd ? (Instant(OnceStart), Instant(OnceEnd)) : null;
        }

        var today = DateOnly.FromDateTime(local);
        foreach (var day in new[] { today, today.AddDays(-1) })
        {
            if (Covers(day, local))
            {
                var (start, end) = Bounds(day);
                return (Instant(start), Instant(end));
            }
        }

        return null;
    }

    private bool Covers(DateOnly day, DateTime local)
    {
        if (day < RangeStart || day > RangeEnd || !OccursOn(day))
        {
            return false;
        }

        var (start, end) = Bounds(day);
        return local >= start && local < end;
    }

    private (DateTime Start, DateTime End) Bounds(DateOnly day) =>
        (day.ToDateTime(WindowStart), WindowEnd > WindowStart ? day.ToDateTime(WindowEnd) : day.AddDays(1).ToDateTime(WindowEnd));

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

    private bool OccursOn(DateOnly day) => Type switch
    {
        ScheduleType.Weekly => day.DayOfWeek == DayOfWeek,
        ScheduleType.Monthly => day.Day == Math.Min(DayOfMonth, DateTime.DaysInMonth(day.Year, day.Month)),
        _ => true,
    };
}
