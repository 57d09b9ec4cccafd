using System.Text.Json.Nodes;
using static Pharos.Settings.Tests.Fixtures.SettingsFixtures;

namespace Pharos.Settings.Tests.Validation;

public sealed partial class SettingsValidatorTests
{
    [Fact]
    public void Validate_SchemaGreaterThanViolated_ReportsCustomMessageOnFirstProperty()
    {
        var value = With(SloValue, v => v["targetWarning"] = 98.0);

        AssertSingle(_validator.Validate(Slo, "environment", value),
            SettingsViolationCodes.Comparison, "builtin:monitoring.slo/0/targetWarning", "Warning must be larger than the target");
    }

    [Fact]
    public void Validate_GreaterThanWithEqualValues_IsViolated()
    {
        var value = With(SloValue, v => v["targetWarning"] = 99);

        Assert.Single(_validator.Validate(Slo, "environment", value));
    }

    [Fact]
    public void Validate_GreaterThanOrEqualWithoutCustomMessage_NamesBothProperties()
    {
        var value = With(MetricMetadataValue, v => v["metricProperties"]!["maxValue"] = -1);

        AssertSingle(_validator.Validate(MetricMetadata, "metric-func:checkout.orders", value),
            SettingsViolationCodes.Comparison, "builtin:metric.metadata/0/metricProperties/maxValue", "'maxValue' must be greater than or equal to 'minValue'");
    }

    [Fact]
    public void Validate_ComparisonWithNullOperand_IsSkipped()
    {
        var value = With(MetricMetadataValue, v => v["metricProperties"]!["minValue"] = null);

        Assert.Empty(_validator.Validate(MetricMetadata, "metric-func:checkout.orders", value));
    }

    [Theory]
    [InlineData("2025-03-01T04:00:00", "2025-03-01T04:00:00", "'startTime' must be less than 'endTime'")]
    [InlineData("2025-03-02T01:00", "2025-03-01T23:00", "'startTime' must be less than 'endTime'")]
    [InlineData("2025-03-01T23:00", "2025-03-02T01:00:00", null)]
    public void Validate_OnceRecurrenceLessThan_ComparesDateTimesChronologically(string start, string end, string? message)
    {
        var value = With(WeeklyMaintenanceWindow, v => v["schedule"] = new JsonObject
        {
            ["scheduleType"] = "ONCE",
            ["onceRecurrence"] = new JsonObject { ["startTime"] = start, ["endTime"] = end, ["timeZone"] = "UTC" },
        });

        var violations = _validator.Validate(MaintenanceWindow, "environment", value);

        Assert.Equal(message is null ? [] : [message], violations.Select(v => v.Message).ToArray());
    }

    [Fact]
    public void Validate_DailyTimeWindowAcrossMidnight_IsAccepted()
    {
        var value = With(WeeklyMaintenanceWindow, v =>
        {
            v["schedule"]!["weeklyRecurrence"]!["timeWindow"]!["startTime"] = "23:00:00";
            v["schedule"]!["weeklyRecurrence"]!["timeWindow"]!["endTime"] = "01:00:00";
        });

        Assert.Empty(_validator.Validate(MaintenanceWindow, "environment", value));
    }

    [Fact]
    public void Validate_RecurrenceRangeEndBeforeStart_ReportsLessThanOrEqual()
    {
        var value = With(WeeklyMaintenanceWindow, v => v["schedule"]!["weeklyRecurrence"]!["recurrenceRange"]!["scheduleEndDate"] = "2024-12-31");

        AssertSingle(_validator.Validate(MaintenanceWindow, "environment", value),
            SettingsViolationCodes.Comparison, "builtin:alerting.maintenance-window/0/schedule/weeklyRecurrence/recurrenceRange/scheduleStartDate",
            "'scheduleStartDate' must be less than or equal to 'scheduleEndDate'");
    }

    [Fact]
    public void Validate_PropertyCountRangeBelowMinimum_ReportsOnTheObject()
    {
        var value = With(AlertingProfileValue, v => v["eventFilters"]![0]!["customFilter"] = new JsonObject());

        AssertSingle(_validator.Validate(AlertingProfile, "environment", value),
            SettingsViolationCodes.PropertyCount, "builtin:alerting.profile/0/eventFilters/0/customFilter", "Define at least one of the filters");
    }
}
