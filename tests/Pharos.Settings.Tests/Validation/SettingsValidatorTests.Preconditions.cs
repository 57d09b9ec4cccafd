using System.Text.Json.Nodes;
using static Pharos.Settings.Tests.Fixtures.SettingsFixtures;

namespace Pharos.Settings.Tests.Validation;

public sealed partial class SettingsValidatorTests
{
    [Fact]
    public void Validate_EqualsPreconditionFalseButValueGiven_ReportsMustBeNull()
    {
        var value = With(StaticThresholdOnSelector, v => v["queryDefinition"]!["aggregation"] = "AVG");

        AssertSingle(_validator.Validate(MetricEvents, "environment", value),
            SettingsViolationCodes.PreconditionNotMet, $"{MePrefix}/queryDefinition/aggregation", "Must be null");
    }

    [Fact]
    public void Validate_EqualsPreconditionFalseAndNull_IsAccepted()
    {
        var value = With(StaticThresholdOnSelector, v => v["queryDefinition"]!["metricKey"] = null);

        Assert.Empty(_validator.Validate(MetricEvents, "environment", value));
    }

    [Fact]
    public void Validate_EqualsPreconditionTrueAndValueMissing_ReportsMustNotBeNull()
    {
        var value = With(StaticThresholdOnSelector, v => v["queryDefinition"]!.AsObject().Remove("metricSelector"));

        AssertSingle(_validator.Validate(MetricEvents, "environment", value),
            SettingsViolationCodes.MissingValue, $"{MePrefix}/queryDefinition/metricSelector", "Must not be null");
    }

    [Fact]
    public void Validate_NotPrecondition_HidesDavisMergeForInfoEvents()
    {
        var withMerge = With(StaticThresholdOnSelector, v => v["eventTemplate"]!["eventType"] = "INFO");
        var withoutMerge = With(StaticThresholdOnSelector, v =>
        {
            v["eventTemplate"]!["eventType"] = "INFO";
            v["eventTemplate"]!.AsObject().Remove("davisMerge");
        });

        AssertSingle(_validator.Validate(MetricEvents, "environment", withMerge),
            SettingsViolationCodes.PreconditionNotMet, $"{MePrefix}/eventTemplate/davisMerge", "Must be null");
        Assert.Empty(_validator.Validate(MetricEvents, "environment", withoutMerge));
    }

    [Fact]
    public void Validate_InPrecondition_RequiresTagsOnlyForIncludeModes()
    {
        var tagsWithNone = With(AlertingProfileValue, v => v["severityRules"]![2]!["tagFilter"] = new JsonArray("team:checkout"));
        var noTagsWithIncludeAny = With(AlertingProfileValue, v => v["severityRules"]![0]!.AsObject().Remove("tagFilter"));

        AssertSingle(_validator.Validate(AlertingProfile, "environment", tagsWithNone),
            SettingsViolationCodes.PreconditionNotMet, "builtin:alerting.profile/0/severityRules/2/tagFilter", "Must be null");
        AssertSingle(_validator.Validate(AlertingProfile, "environment", noTagsWithIncludeAny),
            SettingsViolationCodes.CollectionSize, "builtin:alerting.profile/0/severityRules/0/tagFilter", "Size must be between 1 and 100");
    }

    [Fact]
    public void Validate_EmptyCollectionBehindFalsePrecondition_IsAccepted()
    {
        var value = With(AlertingProfileValue, v => v["severityRules"]![2]!["tagFilter"] = new JsonArray());

        Assert.Empty(_validator.Validate(AlertingProfile, "environment", value));
    }

    [Fact]
    public void Validate_AndWithNotNullPrecondition_HidesEntityFilterWhenMetricKeyIsNull()
    {
        var value = With(AutoAdaptiveOnMetricKey, v => v["queryDefinition"]!["metricKey"] = null);

        var violations = _validator.Validate(MetricEvents, "environment", value);

        Assert.Equal(
            [
                ($"{MePrefix}/queryDefinition/dimensionFilter", "Must be null"),
                ($"{MePrefix}/queryDefinition/entityFilter", "Must be null"),
                ($"{MePrefix}/queryDefinition/metricKey", "Must not be null"),
            ],
            violations.Select(v => (v.Path, v.Message)).Order().ToArray());
    }

    [Fact]
    public void Validate_OrWithNullPrecondition_RequiresInstanceNameOnlyWithoutUrl()
    {
        var withUrlAndInstance = ServiceNow(url: "\"https://snow.example.com\"", instanceName: "\"acme\"");
        var withoutEither = ServiceNow(url: "null", instanceName: null);
        var withEmptyUrl = ServiceNow(url: "\"\"", instanceName: "\"acme\"");

        AssertSingle(_validator.Validate(Notifications, "environment", withUrlAndInstance),
            SettingsViolationCodes.PreconditionNotMet, "builtin:problem.notifications/0/serviceNowNotification/instanceName", "Must be null");
        AssertSingle(_validator.Validate(Notifications, "environment", withoutEither),
            SettingsViolationCodes.MissingValue, "builtin:problem.notifications/0/serviceNowNotification/instanceName", "Must not be null");
        Assert.Contains(_validator.Validate(Notifications, "environment", withEmptyUrl), v => v.Path.EndsWith("/url", StringComparison.Ordinal));
        Assert.DoesNotContain(_validator.Validate(Notifications, "environment", withEmptyUrl), v => v.Path.EndsWith("/instanceName", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BooleanEqualsPrecondition_SwitchesBetweenUrlAndSecretUrl()
    {
        var secretUrl = With(WebhookNotification, v =>
        {
            var hook = v["webHookNotification"]!.AsObject();
            hook["urlContainsSecret"] = true;
            hook.Remove("url");
            hook["secretUrl"] = "https://example.webhook.office.com/webhookb2/secret-token";
        });
        var both = With(WebhookNotification, v => v["webHookNotification"]!["urlContainsSecret"] = true);

        Assert.Empty(_validator.Validate(Notifications, "environment", secretUrl));
        var violations = _validator.Validate(Notifications, "environment", both);
        Assert.Equal(
            [("builtin:problem.notifications/0/webHookNotification/secretUrl", "Must not be null"), ("builtin:problem.notifications/0/webHookNotification/url", "Must be null")],
            violations.Select(v => (v.Path, v.Message)).Order().ToArray());
    }

    [Theory]
    [InlineData("Count", "\"binary\"", "Must be null")]
    [InlineData("Byte", "\"binary\"", null)]
    [InlineData("BytePerSecond", "\"decimal\"", null)]
    [InlineData("Byte", "null", null)]
    public void Validate_RegexMatchPrecondition_AllowsDisplayFormatOnlyForByteAndBitUnits(string unit, string format, string? message)
    {
        var value = With(MetricMetadataValue, v =>
        {
            v["unit"] = unit;
            v["unitDisplayFormat"] = JsonNode.Parse(format);
        });

        var violations = _validator.Validate(MetricMetadata, "metric-func:checkout.orders", value);

        Assert.Equal(message is null ? [] : [message], violations.Select(v => v.Message).ToArray());
    }

    [Fact]
    public void Validate_ComplexPropertyBehindPrecondition_IsValidatedWhenActive()
    {
        var value = With(AlertingProfileValue, v => v["eventFilters"]![1]!["predefinedFilter"]!["eventType"] = "NOT_AN_EVENT");

        var violation = Assert.Single(_validator.Validate(AlertingProfile, "environment", value));
        Assert.Equal("builtin:alerting.profile/0/eventFilters/1/predefinedFilter/eventType", violation.Path);
        Assert.StartsWith("'NOT_AN_EVENT' must be any of [EC2_HIGH_CPU, OSI_HIGH_CPU,", violation.Message, StringComparison.Ordinal);
    }

    private static System.Text.Json.JsonElement ServiceNow(string url, string? instanceName) => With(EmailNotification, v =>
    {
        v["type"] = "SERVICE_NOW";
        v.Remove("emailNotification");
        var snow = JsonNode.Parse("""
            {"username":"dt","password":"pw","message":"{State} Problem {ProblemID}","sendIncidents":true,"sendEvents":false}
            """)!.AsObject();
        snow["url"] = JsonNode.Parse(url);
        if (instanceName is not null)
        {
            snow["instanceName"] = JsonNode.Parse(instanceName);
        }

        v["serviceNowNotification"] = snow;
    });
}
