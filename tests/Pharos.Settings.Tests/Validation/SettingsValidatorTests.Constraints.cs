using System.Text.Json.Nodes;
using static Pharos.Settings.Tests.Fixtures.SettingsFixtures;

namespace Pharos.Settings.Tests.Validation;

public sealed partial class SettingsValidatorTests
{
    private const string MePrefix = "builtin:anomaly-detection.metric-events/0";

    [Fact]
    public void Validate_UnknownProperty_ReportsUnknownPropertyAtItsPath()
    {
        var value = With(StaticThresholdOnSelector, v => v["queryDefinition"]!["metricSelctor"] = "x");

        AssertSingle(_validator.Validate(MetricEvents, "environment", value),
            SettingsViolationCodes.UnknownProperty, $"{MePrefix}/queryDefinition/metricSelctor", "Unknown property");
    }

    [Fact]
    public void Validate_MissingRequiredProperty_ReportsMustNotBeNull()
    {
        var value = With(SloValue, v => v.Remove("metricName"));

        AssertSingle(_validator.Validate(Slo, "environment", value),
            SettingsViolationCodes.MissingValue, "builtin:monitoring.slo/0/metricName", "Must not be null");
    }

    [Fact]
    public void Validate_NullForNonNullableProperty_ReportsMustNotBeNull()
    {
        var value = With(StaticThresholdOnSelector, v => v["eventTemplate"] = null);

        AssertSingle(_validator.Validate(MetricEvents, "environment", value),
            SettingsViolationCodes.MissingValue, $"{MePrefix}/eventTemplate", "Must not be null");
    }

    [Fact]
    public void Validate_NullAndAbsentNullableProperties_AreAccepted()
    {
        var value = With(StaticThresholdOnSelector, v =>
        {
            v["eventEntityDimensionKey"] = null;
            v.Remove("legacyId");
        });

        Assert.Empty(_validator.Validate(MetricEvents, "environment", value));
    }

    [Theory]
    [InlineData("enabled", "\"yes\"", "Must be of type boolean")]
    [InlineData("summary", "42", "Must be of type text")]
    [InlineData("modelProperties", "[]", "Must be of type object")]
    public void Validate_WrongJsonKind_ReportsTypeMismatch(string property, string json, string message)
    {
        var value = With(StaticThresholdOnSelector, v => v[property] = JsonNode.Parse(json));

        AssertSingle(_validator.Validate(MetricEvents, "environment", value),
            SettingsViolationCodes.TypeMismatch, $"{MePrefix}/{property}", message);
    }

    [Theory]
    [InlineData("2.5", 1)]
    [InlineData("\"3\"", 1)]
    [InlineData("3.0", 0)]
    [InlineData("3e0", 0)]
    public void Validate_IntegerProperty_AcceptsOnlyIntegralNumbers(string json, int expected)
    {
        var value = With(StaticThresholdOnSelector, v => v["modelProperties"]!["samples"] = JsonNode.Parse(json));

        var violations = _validator.Validate(MetricEvents, "environment", value);

        Assert.Equal(expected, violations.Count);
        Assert.All(violations, v => Assert.Equal("Must be of type integer", v.Message));
    }

    [Fact]
    public void Validate_FloatGivenAsString_ReportsTypeMismatch()
    {
        var value = With(StaticThresholdOnSelector, v => v["modelProperties"]!["threshold"] = "500");

        AssertSingle(_validator.Validate(MetricEvents, "environment", value),
            SettingsViolationCodes.TypeMismatch, $"{MePrefix}/modelProperties/threshold", "Must be of type float");
    }

    [Fact]
    public void Validate_FloatBeyondDoubleRange_ReportsTypeMismatch()
    {
        var json = StaticThresholdOnSelector.Replace("\"threshold\":500000.0", "\"threshold\":1e400", StringComparison.Ordinal);

        AssertSingle(_validator.Validate(MetricEvents, "environment", Parse(json)),
            SettingsViolationCodes.TypeMismatch, $"{MePrefix}/modelProperties/threshold", "Must be of type float");
    }

    [Fact]
    public void Validate_SettingReferenceThatIsNotAnObjectId_ReportsMustBeOfTypeSetting()
    {
        var value = With(EmailNotification, v => v["alertingProfile"] = "extension.opentelemetry-metrics");

        AssertSingle(_validator.Validate(Notifications, "environment", value),
            SettingsViolationCodes.TypeMismatch, "builtin:problem.notifications/0/alertingProfile", "Must be of type setting");
    }

    [Fact]
    public void Validate_EnumValueNotInEnum_ListsTheAllowedValues()
    {
        var value = With(StaticThresholdOnSelector, v => v["eventTemplate"]!["eventType"] = "SLOW");

        AssertSingle(_validator.Validate(MetricEvents, "environment", value),
            SettingsViolationCodes.NotInEnum, $"{MePrefix}/eventTemplate/eventType",
            "'SLOW' must be any of [INFO, ERROR, AVAILABILITY, SLOWDOWN, RESOURCE, CUSTOM_ALERT, CUSTOM_ANNOTATION, CUSTOM_CONFIGURATION, CUSTOM_DEPLOYMENT, MARKED_FOR_TERMINATION, WARNING]");
    }

    [Fact]
    public void Validate_TextTooShort_ReportsSizeRange()
    {
        var value = With(StaticThresholdOnSelector, v => v["summary"] = "x");

        AssertSingle(_validator.Validate(MetricEvents, "environment", value),
            SettingsViolationCodes.Length, $"{MePrefix}/summary", "Size must be between 2 and 500");
    }

    [Fact]
    public void Validate_TextOverMaximumWithoutMinimum_ReportsSizeFromZero()
    {
        var value = With(StaticThresholdOnSelector, v => v["eventTemplate"]!["description"] = new string('d', 5001));

        AssertSingle(_validator.Validate(MetricEvents, "environment", value),
            SettingsViolationCodes.Length, $"{MePrefix}/eventTemplate/description", "Size must be between 0 and 5000");
    }

    [Fact]
    public void Validate_LengthWithCustomMessage_UsesTheSchemaMessage()
    {
        var value = With(MsTeamsConnection, v => v["name"] = new string('n', 51));

        AssertSingle(_validator.Validate(MsTeams, "environment", value),
            SettingsViolationCodes.Length, "app:dynatrace.msteams:connection/0/name", "Name has to be between 1 and 50 characters long");
    }

    [Fact]
    public void Validate_SecretTooShort_ChecksSecretsLikeText()
    {
        var value = With(MsTeamsConnection, v => v["webhook"] = "abc");

        AssertSingle(_validator.Validate(MsTeams, "environment", value),
            SettingsViolationCodes.Length, "app:dynatrace.msteams:connection/0/webhook", "Token has to be between 5 and 500 characters long");
    }

    [Fact]
    public void Validate_IntegerOutOfRange_ReportsBothBounds()
    {
        var value = With(StaticThresholdOnSelector, v => v["modelProperties"]!["violatingSamples"] = 0);

        AssertSingle(_validator.Validate(MetricEvents, "environment", value),
            SettingsViolationCodes.Range, $"{MePrefix}/modelProperties/violatingSamples", "Must be between 1 and 60");
    }

    [Fact]
    public void Validate_FloatBelowOpenEndedMinimum_ReportsLowerBound()
    {
        var value = With(SloValue, v => v["errorBudgetBurnRate"]!["fastBurnThreshold"] = 1.0);

        AssertSingle(_validator.Validate(Slo, "environment", value),
            SettingsViolationCodes.Range, "builtin:monitoring.slo/0/errorBudgetBurnRate/fastBurnThreshold", "Must be greater than or equal to 1.01");
    }

    [Fact]
    public void Validate_PatternWithoutCustomMessage_QuotesThePattern()
    {
        var value = With(StaticThresholdOnSelector, v => v["queryDefinition"]!["managementZone"] = "checkout");

        AssertSingle(_validator.Validate(MetricEvents, "environment", value),
            SettingsViolationCodes.Pattern, $"{MePrefix}/queryDefinition/managementZone", "Must match \"^-?\\d{1,19}$\"");
    }

    [Fact]
    public void Validate_PatternWithCustomMessage_UsesTheSchemaMessage()
    {
        var value = With(StaticThresholdOnSelector, v => v["eventTemplate"]!["metadata"]![0]!["metadataKey"] = "team{x}");

        AssertSingle(_validator.Validate(MetricEvents, "environment", value),
            SettingsViolationCodes.Pattern, $"{MePrefix}/eventTemplate/metadata/0/metadataKey", "Key property must not contain '{' or '}'.");
    }

    [Fact]
    public void Validate_PatternMustMatchWholeValue_LikeJavaMatches()
    {
        var value = With(WeeklyMaintenanceWindow, v => v["filters"]![0]!["entityId"] = "SERVICE-0123456789ABCDEF-extra");

        AssertSingle(_validator.Validate(MaintenanceWindow, "environment", value),
            SettingsViolationCodes.Pattern, "builtin:alerting.maintenance-window/0/filters/0/entityId", "Please use a format of TYPE-ID");
    }

    [Fact]
    public void Validate_BlankText_ReportsMustNotBeBlank()
    {
        var value = With(KubernetesLabelZone, v => v["name"] = "   ");

        AssertSingle(_validator.Validate(ManagementZones, "environment", value),
            SettingsViolationCodes.NotBlank, "builtin:management-zones/0/name", "Must not be blank");
    }

    [Fact]
    public void Validate_EmptyTextWithLengthAndNotBlank_ReportsBoth()
    {
        var value = With(KubernetesLabelZone, v => v["name"] = "");

        var violations = _validator.Validate(ManagementZones, "environment", value);

        Assert.Equal(
            [(SettingsViolationCodes.Length, "Size must be between 1 and 100"), (SettingsViolationCodes.NotBlank, "Must not be blank")],
            violations.Select(v => (v.Code, v.Message)).Order().ToArray());
    }

    [Fact]
    public void Validate_UntrimmedText_ReportsTrimmedMessage()
    {
        var value = With(SloValue, v => v["metricExpression"] = " builtin:service.requestCount.server ");

        AssertSingle(_validator.Validate(Slo, "environment", value),
            SettingsViolationCodes.Trimmed, "builtin:monitoring.slo/0/metricExpression", "Leading and trailing whitespaces are not allowed.");
    }
}
