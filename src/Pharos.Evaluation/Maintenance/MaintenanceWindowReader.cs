using System.Globalization;
using System.Text.Json;
using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Diagnostics;
using Pharos.Evaluation.Settings;

namespace Pharos.Evaluation.Maintenance;

/// <summary>Reads a <c>builtin:alerting.maintenance-window</c> value. Never throws on input; null when it has errors.</summary>
public static class MaintenanceWindowReader
{
    public const string SchemaId = "builtin:alerting.maintenance-window";

    public static MaintenanceWindow? Read(string objectId, JsonElement value, IDiagnosticSink sink, ISettingsLocator? locator = null)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var reader = new SettingsReader($"maintenance window '{objectId}'", sink, locator);
        var general = reader.Object(value, "", "generalProperties", required: true, hint: "(name and suppression)") ?? default;
        var schedule = ReadSchedule(reader, reader.Object(value, "", "schedule", required: true, hint: "(when the window is active)") ?? default);
        var filters = new List<MaintenanceFilter>();
        var items = reader.List(value, "", "filters");
        for (var i = 0; i < items.Count; i++)
        {
            var at = SettingsReader.Index("filters", i);
            filters.Add(new MaintenanceFilter(
                reader.Text(items[i], at, "entityType", null),
                reader.Text(items[i], at, "entityId", null),
                reader.TextList(items[i], at, "entityTags"),
                reader.TextList(items[i], at, "managementZones")));
        }

        var window = new MaintenanceWindow(
            objectId,
            reader.Boolean(value, "", "enabled", true),
            reader.Text(general, "generalProperties", "name", "", required: true, hint: "(a name for the window)") ?? "",
            reader.Choice(general, "generalProperties", "maintenanceType", MaintenanceType.Planned),
            reader.Choice(general, "generalProperties", "suppression", MaintenanceSuppression.DetectProblemsAndAlert),
            schedule,
            filters);
        return reader.HasErrors ? null : window;
    }

    private static MaintenanceSchedule ReadSchedule(SettingsReader reader, JsonElement s)
    {
        const string path = "schedule";
        var type = reader.Choice(s, path, "scheduleType", ScheduleType.Once);
        var utc = TimeZoneInfo.Utc;
        if (type == ScheduleType.Once)
        {
            var once = reader.Object(s, path, "onceRecurrence", required: true, hint: "when scheduleType is ONCE") ?? default;
            const string at = "schedule.onceRecurrence";
            return new MaintenanceSchedule(
                type,
                Zone(reader, once, at),
                LocalDateTime(reader, once, at, "startTime"),
                LocalDateTime(reader, once, at, "endTime"),
                DateOnly.MinValue,
                DateOnly.MaxValue,
                TimeOnly.MinValue,
                TimeOnly.MinValue,
                DayOfWeek.Monday,
                1);
        }

        var name = type switch
        {
            ScheduleType.Daily => "dailyRecurrence",
            ScheduleType.Weekly => "weeklyRecurrence",
            _ => "monthlyRecurrence",
        };
        var recurrencePath = SettingsReader.Join(path, name);
        var recurrence = reader.Object(s, path, name, required: true, hint: $"when scheduleType is {WireNames.Of(type)}") ?? default;
        var range = reader.Object(recurrence, recurrencePath, "recurrenceRange") ?? default;
        var window = reader.Object(recurrence, recurrencePath, "timeWindow") ?? default;
        var rangePath = SettingsReader.Join(recurrencePath, "recurrenceRange");
        var windowPath = SettingsReader.Join(recurrencePath, "timeWindow");
        // A weekly window names its day; without one it cannot be evaluated [SCHEMA: required for WEEKLY].
        var day = reader.Text(recurrence, recurrencePath, "dayOfWeek", "MONDAY", required: type == ScheduleType.Weekly, hint: "(the day the window recurs on, e.g. MONDAY)") ?? "MONDAY";
        return new MaintenanceSchedule(
            type,
            reader.TryGet(window, "timeZone", out _) ? Zone(reader, window, windowPath) : utc,
            DateTime.MinValue,
            DateTime.MinValue,
            Date(reader, range, rangePath, "scheduleStartDate"),
            Date(reader, range, rangePath, "scheduleEndDate"),
            Time(reader, window, windowPath, "startTime", new TimeOnly(12, 0)),
            Time(reader, window, windowPath, "endTime", new TimeOnly(13, 0)),
            Enum.TryParse<DayOfWeek>(day, ignoreCase: true, out var dow) ? dow : BadDay(reader, recurrencePath, day),
            reader.Integer(recurrence, recurrencePath, "dayOfMonth", 1, 1, 31));
    }

    private static DayOfWeek BadDay(SettingsReader reader, string path, string day)
    {
        reader.Report(EvaluationDiagnostics.InvalidSchedule(reader.Locate(path + ".dayOfWeek"), reader.Source, path + ".dayOfWeek", day, "a day of the week such as MONDAY"));
        return DayOfWeek.Monday;
    }

    private static TimeZoneInfo Zone(SettingsReader reader, JsonElement obj, string path)
    {
        var id = reader.Text(obj, path, "timeZone", "UTC") ?? "UTC";
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        reader.Report(EvaluationDiagnostics.InvalidSchedule(reader.Locate(path + ".timeZone"), reader.Source, path + ".timeZone", id, "a known time zone such as UTC or Europe/Vienna"));
        return TimeZoneInfo.Utc;
    }

    private static DateTime LocalDateTime(SettingsReader reader, JsonElement obj, string path, string name)
    {
        var text = reader.Text(obj, path, name, "1970-01-01T00:00:00") ?? "";
        if (DateTime.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        reader.Report(EvaluationDiagnostics.InvalidSchedule(reader.Locate(SettingsReader.Join(path, name)), reader.Source, SettingsReader.Join(path, name), text, "a local date-time such as 2025-03-01T22:00:00"));
        return DateTime.MinValue;
    }

    private static DateOnly Date(SettingsReader reader, JsonElement obj, string path, string name)
    {
        var text = reader.Text(obj, path, name, "1970-01-01") ?? "";
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        reader.Report(EvaluationDiagnostics.InvalidSchedule(reader.Locate(SettingsReader.Join(path, name)), reader.Source, SettingsReader.Join(path, name), text, "a date such as 2025-03-01"));
        return DateOnly.MinValue;
    }

    private static TimeOnly Time(SettingsReader reader, JsonElement obj, string path, string name, TimeOnly fallback)
    {
        var text = reader.Text(obj, path, name, null);
        if (text is null)
        {
            return fallback;
        }

        if (TimeOnly.TryParseExact(text, ["HH:mm:ss", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        reader.Report(EvaluationDiagnostics.InvalidSchedule(reader.Locate(SettingsReader.Join(path, name)), reader.Source, SettingsReader.Join(path, name), text, "a time such as 22:00:00"));
        return fallback;
    }
}
