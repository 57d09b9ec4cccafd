using System.Text.Json;
using static Pharos.Settings.Tests.Fixtures.SettingsFixtures;

namespace Pharos.Settings.Tests.Validation;

public sealed partial class SettingsValidatorTests
{
    [Theory]
    [InlineData("environment", true)]
    [InlineData("HOST-D3A3C5A146830A79", false)]
    [InlineData("tenant", false)]
    [InlineData("", false)]
    public void ValidateScope_EnvironmentSchema_AcceptsOnlyEnvironment(string scope, bool valid)
    {
        var violations = _validator.ValidateScope(Slo, scope);

        Assert.Equal(valid, violations.Count == 0);
    }

    [Theory]
    [InlineData("metric-func:slo.terraform-test", true)]
    [InlineData("metric-calc:service.checkout_requests", true)]
    [InlineData("metric-checkout.orders", true)]
    [InlineData("metric-", false)]
    [InlineData("metric-9starts.with.digit", false)]
    [InlineData("environment", false)]
    [InlineData("func:slo.checkout", false)]
    public void ValidateScope_MetricMetadata_RequiresMetricKeyScope(string scope, bool valid)
    {
        var violations = _validator.ValidateScope(MetricMetadata, scope);

        Assert.Equal(valid, violations.Count == 0);
    }

    [Fact]
    public void Validate_ScopeNotAllowed_ReportsOnTheObjectPath()
    {
        var violations = _validator.Validate(MetricMetadata, "environment", Parse(MetricMetadataValue));

        AssertSingle(violations, SettingsViolationCodes.ScopeNotAllowed, "builtin:metric.metadata/0",
            "Scope 'environment' is not valid for schema 'builtin:metric.metadata'; allowed scope types are [metric]");
    }

    [Fact]
    public void Validate_MetadataForBuiltinMetric_ReportsTheSchemaCustomValidatorMessage()
    {
        var violations = _validator.Validate(MetricMetadata, "metric-builtin:host.cpu.usage", Parse(MetricMetadataValue));

        AssertSingle(violations, SettingsViolationCodes.CustomValidator, "builtin:metric.metadata/0",
            "Setting and changing meta information is only supported for non-builtin metrics.");
    }

    [Fact]
    public void Validate_UnknownSchema_ReportsSchemaNotFound()
    {
        AssertSingle(_validator.Validate("builtin:nope", "environment", Parse("{}")),
            SettingsViolationCodes.SchemaNotFound, "builtin:nope/0", "Schema 'builtin:nope' not found");
    }

    [Fact]
    public void Validate_IndexOption_PutsTheIndexIntoThePath()
    {
        var value = With(SloValue, v => v.Remove("name"));

        var violation = Assert.Single(_validator.Validate(Slo, "environment", value, index: 3));

        Assert.Equal("builtin:monitoring.slo/3/name", violation.Path);
    }

    [Fact]
    public void Validate_EmptyPathPrefix_GivesBarePropertyPaths()
    {
        var value = With(SloValue, v => v["errorBudgetBurnRate"]!["fastBurnThreshold"] = 0.5);

        var violation = Assert.Single(_validator.Validate(Slo, "environment", value, new SettingsValidationOptions { PathPrefix = "" }));

        Assert.Equal("errorBudgetBurnRate/fastBurnThreshold", violation.Path);
    }

    [Fact]
    public void ConstraintViolation_Serialized_HasTheApiShape()
    {
        var violation = Assert.Single(_validator.Validate(Slo, "environment", With(SloValue, v => v["extra"] = 1)));

        var json = JsonSerializer.Serialize(violation);

        Assert.Equal("""{"path":"builtin:monitoring.slo/0/extra","message":"Unknown property","parameterLocation":"PAYLOAD_BODY","location":null}""", json);
        var ignoringNulls = JsonSerializer.Serialize(violation, new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });
        Assert.Equal(json, ignoringNulls);
    }

    [Fact]
    public void ToDiagnostic_Violation_CarriesCodePathAndMessage()
    {
        var violation = Assert.Single(_validator.Validate(Slo, "environment", With(SloValue, v => v["extra"] = 1)));

        var diagnostic = violation.ToDiagnostic();

        Assert.Equal("SET003", diagnostic.Code);
        Assert.True(diagnostic.IsError);
        Assert.Equal("builtin:monitoring.slo/0/extra: Unknown property", diagnostic.Message);
    }
}
