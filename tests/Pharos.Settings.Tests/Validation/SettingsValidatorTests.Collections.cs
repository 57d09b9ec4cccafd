using System.Text.Json.Nodes;
using static Pharos.Settings.Tests.Fixtures.SettingsFixtures;

namespace Pharos.Settings.Tests.Validation;

public sealed partial class SettingsValidatorTests
{
    [Fact]
    public void Validate_DuplicateKeysInUniqueList_ReportsOnTheList()
    {
        var value = With(MetricMetadataValue, v => v["dimensions"]![1]!["key"] = "dt.entity.service");

        AssertSingle(_validator.Validate(MetricMetadata, "metric-func:checkout.orders", value),
            SettingsViolationCodes.NotUniqueItems, "builtin:metric.metadata/0/dimensions", "Each dimension must have a unique dimension key");
    }

    [Fact]
    public void Validate_EmptySetBelowMinObjects_ReportsSize()
    {
        var value = With(EmailNotification, v => v["emailNotification"]!["recipients"] = new JsonArray());

        AssertSingle(_validator.Validate(Notifications, "environment", value),
            SettingsViolationCodes.CollectionSize, "builtin:problem.notifications/0/emailNotification/recipients", "Size must be between 1 and 100");
    }

    [Fact]
    public void Validate_AbsentSet_CountsAsEmpty()
    {
        var withoutRecipients = With(EmailNotification, v => v["emailNotification"]!.AsObject().Remove("recipients"));
        var withoutCc = With(EmailNotification, v => v["emailNotification"]!.AsObject().Remove("ccRecipients"));

        AssertSingle(_validator.Validate(Notifications, "environment", withoutRecipients),
            SettingsViolationCodes.CollectionSize, "builtin:problem.notifications/0/emailNotification/recipients", "Size must be between 1 and 100");
        Assert.Empty(_validator.Validate(Notifications, "environment", withoutCc));
    }

    [Fact]
    public void Validate_SetOverMaxObjects_ReportsSize()
    {
        var value = With(StaticThresholdOnSelector, v =>
        {
            var metadata = new JsonArray();
            for (var i = 0; i < 31; i++)
            {
                metadata.Add(new JsonObject { ["metadataKey"] = $"k{i}", ["metadataValue"] = "v" });
            }

            v["eventTemplate"]!["metadata"] = metadata;
        });

        AssertSingle(_validator.Validate(MetricEvents, "environment", value),
            SettingsViolationCodes.CollectionSize, $"{MePrefix}/eventTemplate/metadata", "Size must be between 0 and 30");
    }

    [Fact]
    public void Validate_ItemConstraint_ReportsOnTheItem()
    {
        var value = With(EmailNotification, v => v["emailNotification"]!["recipients"]![1] = "not-an-address");

        AssertSingle(_validator.Validate(Notifications, "environment", value),
            SettingsViolationCodes.Pattern, "builtin:problem.notifications/0/emailNotification/recipients/1", "Email address is not valid");
    }

    [Fact]
    public void Validate_NullItem_ReportsMustNotBeNull()
    {
        var value = With(MetricMetadataValue, v => v["tags"]!.AsArray().Add(null));

        AssertSingle(_validator.Validate(MetricMetadata, "metric-func:checkout.orders", value),
            SettingsViolationCodes.MissingValue, "builtin:metric.metadata/0/tags/1", "Must not be null");
    }

    [Fact]
    public void Validate_ManyProblems_CollectsEveryViolation()
    {
        var value = With(StaticThresholdOnSelector, v =>
        {
            v["summary"] = "x";
            v["enabled"] = "no";
            v["modelProperties"]!["samples"] = 100;
            v["eventTemplate"]!["eventType"] = "NOPE";
            v["extra"] = true;
        });

        var violations = _validator.Validate(MetricEvents, "environment", value);

        Assert.Equal(
            [$"{MePrefix}/enabled", $"{MePrefix}/eventTemplate/eventType", $"{MePrefix}/extra", $"{MePrefix}/modelProperties/samples", $"{MePrefix}/summary"],
            violations.Select(v => v.Path).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Validate_DuplicateMemberNames_LastOneWins()
    {
        var json = StaticThresholdOnSelector.Replace("\"summary\":\"Checkout p90 latency too high\"", "\"summary\":\"x\",\"summary\":\"Checkout latency\"", StringComparison.Ordinal);

        Assert.Empty(_validator.Validate(MetricEvents, "environment", Parse(json)));
    }

    [Fact]
    public void Validate_InvalidTemporalValues_ReportTheirTypes()
    {
        var value = With(WeeklyMaintenanceWindow, v =>
        {
            var recurrence = v["schedule"]!["weeklyRecurrence"]!;
            recurrence["recurrenceRange"]!["scheduleStartDate"] = "05.01.2025";
            recurrence["timeWindow"]!["startTime"] = "25:00";
            recurrence["timeWindow"]!["timeZone"] = "Europe/ Vienna";
        });

        var violations = _validator.Validate(MaintenanceWindow, "environment", value);

        const string at = "builtin:alerting.maintenance-window/0/schedule/weeklyRecurrence";
        Assert.Equal(
            [
                ($"{at}/recurrenceRange/scheduleStartDate", "Must be of type local_date"),
                ($"{at}/timeWindow/startTime", "Must be of type local_time"),
                ($"{at}/timeWindow/timeZone", "Must be of type time_zone"),
            ],
            violations.Select(v => (v.Path, v.Message)).Order().ToArray());
    }

    [Fact]
    public void Validate_ValueThatIsNotAnObject_ReportsOnTheObjectPath()
    {
        AssertSingle(_validator.Validate(Slo, "environment", Parse("[1,2]")),
            SettingsViolationCodes.TypeMismatch, "builtin:monitoring.slo/0", "Must be of type object");
        AssertSingle(_validator.Validate(Slo, "environment", default),
            SettingsViolationCodes.TypeMismatch, "builtin:monitoring.slo/0", "Must be of type object");
    }

    internal static void AssertSingle(IReadOnlyList<ConstraintViolation> violations, string code, string path, string message)
    {
        var violation = Assert.Single(violations);
        Assert.Equal((code, path, message), (violation.Code, violation.Path, violation.Message));
        Assert.Equal("PAYLOAD_BODY", violation.ParameterLocation);
        Assert.Null(violation.Location);
    }
}
