using Pharos.Settings.Tests.Fixtures;
using static Pharos.Settings.Tests.Fixtures.SettingsFixtures;

namespace Pharos.Settings.Tests.Validation;

public sealed partial class SettingsValidatorTests
{
    private readonly SettingsValidator _validator = new(Registry);

    public static TheoryData<string, string, string> ValidObjects => new()
    {
        { MetricEvents, "environment", StaticThresholdOnSelector },
        { MetricEvents, "environment", AutoAdaptiveOnMetricKey },
        { Slo, "environment", SloValue },
        { AlertingProfile, "environment", AlertingProfileValue },
        { Notifications, "environment", EmailNotification },
        { Notifications, "environment", WebhookNotification },
        { ManagementZones, "environment", KubernetesLabelZone },
        { MetricMetadata, "metric-func:checkout.orders", MetricMetadataValue },
        { MaintenanceWindow, "environment", WeeklyMaintenanceWindow },
        { MsTeams, "environment", MsTeamsConnection },
    };

    [Theory]
    [MemberData(nameof(ValidObjects))]
    public void Validate_RealisticValidObject_ReportsNothing(string schemaId, string scope, string json)
    {
        var violations = _validator.Validate(schemaId, scope, Parse(json));

        Assert.Empty(violations);
    }

    [Fact]
    public void Validate_EveryShippedSchema_HasAValidFixture()
    {
        var covered = ValidObjects.Select(row => (string)row[0]).ToHashSet();

        Assert.All(Registry.Schemas, schema => Assert.Contains(schema.SchemaId, covered));
    }

    [Fact]
    public void Validate_MaintenanceWindowOnceAndMonthly_ReportsNothing()
    {
        var once = With(WeeklyMaintenanceWindow, v => v["schedule"] = Node("""
            {"scheduleType":"ONCE","onceRecurrence":{"startTime":"2025-03-01T22:00:00","endTime":"2025-03-02T02:00:00","timeZone":"UTC"}}
            """));
        var monthly = With(WeeklyMaintenanceWindow, v => v["schedule"] = Node("""
            {"scheduleType":"MONTHLY","monthlyRecurrence":{"dayOfMonth":31,
              "recurrenceRange":{"scheduleStartDate":"2025-01-01","scheduleEndDate":"2025-01-01"},
              "timeWindow":{"startTime":"01:00","endTime":"01:30","timeZone":"America/Argentina/Buenos_Aires"}}}
            """));

        Assert.Empty(_validator.Validate(MaintenanceWindow, "environment", once));
        Assert.Empty(_validator.Validate(MaintenanceWindow, "environment", monthly));
    }

    [Fact]
    public void Validate_ServiceNowWithInstanceNameAndNoUrl_ReportsNothing()
    {
        var value = With(EmailNotification, v =>
        {
            v["type"] = "SERVICE_NOW";
            v.Remove("emailNotification");
            v["serviceNowNotification"] = Node("""
                {"instanceName":"acme","url":null,"username":"dt","password":"pw","message":"{State} {ProblemImpact} Problem {ProblemID}: {ProblemTitle}",
                 "sendIncidents":true,"sendEvents":false,"formatProblemDetailsAsText":null}
                """);
        });

        Assert.Empty(_validator.Validate(Notifications, "environment", value));
    }

    private static System.Text.Json.Nodes.JsonNode Node(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!;
}
