using System.Text.Json;
using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Entities;
using Pharos.Evaluation.Maintenance;

namespace Pharos.Evaluation.Tests.Maintenance;

public sealed class MaintenanceScheduleTests
{
    private static MaintenanceWindow Recurring(string type, string recurrence)
    {
        var bag = new DiagnosticBag();
        var window = MaintenanceWindowReader.Read("mw", JsonDocument.Parse($$"""
            {
              "generalProperties": { "name": "Nightly", "suppression": "DETECT_PROBLEMS_DONT_ALERT" },
              "schedule": { "scheduleType": "{{type}}", "{{type.ToLowerInvariant()}}Recurrence": {{recurrence}} }
            }
            """).RootElement, bag);
        Assert.True(window is not null, string.Join("\n", bag.ToSortedList()));
        return window!;
    }

    private static DateTimeOffset Utc(int day, int hour, int minute = 0) => new(2025, 1, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 23, 30, true)]
    [InlineData(2, 0, 59, true)]
    [InlineData(2, 1, 0, false)]
    [InlineData(2, 22, 59, false)]
    [InlineData(10, 0, 30, false)]
    public void Daily_WindowPastMidnight_CoversTheNextMorning(int day, int hour, int minute, bool active)
    {
        var window = Recurring("DAILY", """
            { "recurrenceRange": { "scheduleStartDate": "2025-01-01", "scheduleEndDate": "2025-01-08" },
              "timeWindow": { "startTime": "23:00:00", "endTime": "01:00:00", "timeZone": "UTC" } }
            """);

        Assert.Equal(active, window.Schedule.IsActive(Utc(day, hour, minute)));
    }

    [Theory]
    [InlineData(6, 3, true)]
    [InlineData(7, 3, false)]
    public void Weekly_OnlyOnTheGivenDay(int day, int hour, bool active)
    {
        // 2025-01-06 is a Monday.
        var window = Recurring("WEEKLY", """
            { "dayOfWeek": "MONDAY", "recurrenceRange": { "scheduleStartDate": "2025-01-01", "scheduleEndDate": "2025-12-31" },
              "timeWindow": { "startTime": "02:00:00", "endTime": "04:00:00", "timeZone": "UTC" } }
            """);

        Assert.Equal(active, window.Schedule.IsActive(Utc(day, hour)));
    }

    [Fact]
    public void Monthly_DayBeyondTheMonthsLength_FallsOnItsLastDay()
    {
        var window = Recurring("MONTHLY", """
            { "dayOfMonth": 31, "recurrenceRange": { "scheduleStartDate": "2025-01-01", "scheduleEndDate": "2025-12-31" },
              "timeWindow": { "startTime": "10:00:00", "endTime": "11:00:00", "timeZone": "UTC" } }
            """);

        Assert.True(window.Schedule.IsActive(new DateTimeOffset(2025, 2, 28, 10, 30, 0, TimeSpan.Zero)));
        Assert.False(window.Schedule.IsActive(new DateTimeOffset(2025, 2, 27, 10, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void TimeZone_WindowIsInLocalTime()
    {
        var window = Recurring("DAILY", """
            { "recurrenceRange": { "scheduleStartDate": "2025-01-01", "scheduleEndDate": "2025-12-31" },
              "timeWindow": { "startTime": "09:00:00", "endTime": "10:00:00", "timeZone": "Europe/Vienna" } }
            """);

        Assert.True(window.Schedule.IsActive(Utc(3, 8, 30)));
        Assert.False(window.Schedule.IsActive(Utc(3, 9, 30)));
    }

    [Fact]
    public void Filters_TagsWithoutContextAndZones()
    {
        var filter = new MaintenanceFilter("SERVICE", null, ["app:checkout"], ["mz-object-1"]);
        var inZone = new EntityInfo("SERVICE-1", "SERVICE", "checkout", ["[Kubernetes]app:checkout"], [new ManagementZoneRef("42", "Payments", "mz-object-1")]);

        Assert.True(filter.Matches(inZone));
        Assert.False(filter.Matches(inZone with { ManagementZones = [] }));
        Assert.False(filter.Matches(inZone with { Type = "HOST" }));
    }

    [Fact]
    public void UnknownTimeZone_IsReportedWithItsPath()
    {
        var bag = new DiagnosticBag();

        var window = MaintenanceWindowReader.Read("mw", JsonDocument.Parse("""
            { "generalProperties": { "name": "x" },
              "schedule": { "scheduleType": "ONCE", "onceRecurrence": { "startTime": "2025-01-01T00:00:00", "endTime": "2025-01-01T01:00:00", "timeZone": "Mars/Olympus" } } }
            """).RootElement, bag);

        Assert.Null(window);
        var d = Assert.Single(bag.ToSortedList());
        Assert.Equal("PH5048", d.Code);
        Assert.Equal("maintenance window 'mw': 'schedule.onceRecurrence.timeZone' is 'Mars/Olympus', which is not a known time zone such as UTC or Europe/Vienna.", d.Message);
    }

    [Fact]
    public void OccurrenceAt_WindowPastMidnight_GivesTheOccurrenceThatStartedTheDayBefore()
    {
        var window = Recurring("DAILY", """
            { "recurrenceRange": { "scheduleStartDate": "2025-01-01", "scheduleEndDate": "2025-01-08" },
              "timeWindow": { "startTime": "23:00:00", "endTime": "01:00:00", "timeZone": "Europe/Vienna" } }
            """);

        // Vienna is UTC+1 in January: 23:00–01:00 local is 22:00–00:00 UTC.
        Assert.Equal((Utc(1, 22), Utc(2, 0)), window.Schedule.OccurrenceAt(Utc(1, 23, 30)));
        Assert.Null(window.Schedule.OccurrenceAt(Utc(2, 0, 30)));
    }

    [Fact]
    public void Weekly_WithoutDayOfWeek_IsRejectedNamingTheField()
    {
        var bag = new DiagnosticBag();
        var window = MaintenanceWindowReader.Read("mw", JsonDocument.Parse("""
            {
              "generalProperties": { "name": "Weekly", "suppression": "DETECT_PROBLEMS_DONT_ALERT" },
              "schedule": { "scheduleType": "WEEKLY", "weeklyRecurrence": {
                "recurrenceRange": { "scheduleStartDate": "2025-01-01", "scheduleEndDate": "2025-12-31" },
                "timeWindow": { "startTime": "12:00:00", "endTime": "13:00:00", "timeZone": "UTC" } } }
            }
            """).RootElement, bag);

        Assert.Null(window);
        Assert.Contains(bag.ToSortedList(), d => d.Message.Contains("schedule.weeklyRecurrence.dayOfWeek", StringComparison.Ordinal));
    }
}
