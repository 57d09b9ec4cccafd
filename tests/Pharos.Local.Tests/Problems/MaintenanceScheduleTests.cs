using System.Text.Json;
using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Maintenance;

namespace Pharos.Local.Tests.Problems;

/// <summary>
/// The schedules of maintenance windows as the local environment reads them: with the evaluator's model
/// (<see cref="MaintenanceWindowReader"/>), which the problems and events APIs share with the pipeline.
/// </summary>
public sealed class MaintenanceScheduleTests
{
    private static MaintenanceSchedule Parse(string json) =>
        TryParse(json) ?? throw new InvalidOperationException("not a schedule: " + json);

    private static MaintenanceSchedule? TryParse(string schedule)
    {
        var value = JsonDocument.Parse($$"""{"generalProperties":{"name":"window"},"schedule":{{schedule}}}""").RootElement;
        return MaintenanceWindowReader.Read("window-1", value, new DiagnosticBag())?.Schedule;
    }

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2024-05-14T08:59:59Z", false)]
    [InlineData("2024-05-14T09:00:00Z", true)]
    [InlineData("2024-05-14T10:59:59Z", true)]
    [InlineData("2024-05-14T11:00:00Z", false)]
    public void Once_IsActiveFromStartUntilBeforeEnd(string at, bool active)
    {
        var schedule = Parse("""{"scheduleType":"ONCE","onceRecurrence":{"startTime":"2024-05-14T09:00:00","endTime":"2024-05-14T11:00:00","timeZone":"UTC"}}""");

        Assert.Equal(active, schedule.OccurrenceAt(Utc(at)) is not null);
    }

    [Fact]
    public void Once_InAnotherTimeZone_IsReadInThatZone()
    {
        // Vienna is UTC+2 in May: 09:00 local is 07:00 UTC.
        var schedule = Parse("""{"scheduleType":"ONCE","onceRecurrence":{"startTime":"2024-05-14T09:00:00","endTime":"2024-05-14T10:00:00","timeZone":"Europe/Vienna"}}""");

        var occurrence = schedule.OccurrenceAt(Utc("2024-05-14T07:30:00Z"));

        Assert.Equal((Utc("2024-05-14T07:00:00Z"), Utc("2024-05-14T08:00:00Z")), occurrence);
        Assert.Null(schedule.OccurrenceAt(Utc("2024-05-14T09:30:00Z")));
    }

    [Theory]
    [InlineData("2024-05-13T23:30:00Z", true)]
    [InlineData("2024-05-14T01:30:00Z", true)]
    [InlineData("2024-05-14T02:00:00Z", false)]
    [InlineData("2024-05-14T22:59:00Z", false)]
    [InlineData("2024-05-31T23:30:00Z", false)]
    public void Daily_PastMidnight_RunsIntoTheNextDayWithinItsRange(string at, bool active)
    {
        var schedule = Parse("""
            {"scheduleType":"DAILY","dailyRecurrence":{
              "timeWindow":{"startTime":"23:00:00","endTime":"02:00:00","timeZone":"UTC"},
              "recurrenceRange":{"scheduleStartDate":"2024-05-01","scheduleEndDate":"2024-05-30"}}}
            """);

        Assert.Equal(active, schedule.OccurrenceAt(Utc(at)) is not null);
    }

    [Theory]
    [InlineData("2024-05-14T12:30:00Z", true)] // a Tuesday
    [InlineData("2024-05-15T12:30:00Z", false)]
    public void Weekly_OnlyOnItsDay(string at, bool active)
    {
        var schedule = Parse("""
            {"scheduleType":"WEEKLY","weeklyRecurrence":{"dayOfWeek":"TUESDAY",
              "timeWindow":{"startTime":"12:00:00","endTime":"13:00:00","timeZone":"UTC"},
              "recurrenceRange":{"scheduleStartDate":"2024-01-01","scheduleEndDate":"2024-12-31"}}}
            """);

        Assert.Equal(active, schedule.OccurrenceAt(Utc(at)) is not null);
    }

    [Theory]
    [InlineData("2024-04-30T12:30:00Z", true)]
    [InlineData("2024-05-30T12:30:00Z", false)]
    [InlineData("2024-05-31T12:30:00Z", true)]
    public void Monthly_DayPastTheMonthsEnd_FallsOnItsLastDay(string at, bool active)
    {
        var schedule = Parse("""
            {"scheduleType":"MONTHLY","monthlyRecurrence":{"dayOfMonth":31,
              "timeWindow":{"startTime":"12:00:00","endTime":"13:00:00","timeZone":"UTC"},
              "recurrenceRange":{"scheduleStartDate":"2024-01-01","scheduleEndDate":"2024-12-31"}}}
            """);

        Assert.Equal(active, schedule.OccurrenceAt(Utc(at)) is not null);
    }

    [Theory]
    [InlineData("""{"scheduleType":"ONCE"}""")]
    [InlineData("""{"scheduleType":"ONCE","onceRecurrence":{"startTime":"soon","endTime":"2024-05-14T11:00:00","timeZone":"UTC"}}""")]
    [InlineData("""{"scheduleType":"ONCE","onceRecurrence":{"startTime":"2024-05-14T09:00:00","endTime":"2024-05-14T11:00:00","timeZone":"Mars/Olympus"}}""")]
    [InlineData("""{"scheduleType":"WEEKLY","weeklyRecurrence":{"timeWindow":{"startTime":"12:00:00","endTime":"13:00:00","timeZone":"UTC"},"recurrenceRange":{"scheduleStartDate":"2024-01-01","scheduleEndDate":"2024-12-31"}}}""")]
    [InlineData("""{"scheduleType":"YEARLY"}""")]
    public void Parse_AScheduleItCannotEvaluate_IsNull(string json)
    {
        Assert.Null(TryParse(json));
    }
}
