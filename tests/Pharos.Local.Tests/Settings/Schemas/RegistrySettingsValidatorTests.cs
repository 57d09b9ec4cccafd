using Pharos.Local.Settings;
using Pharos.Local.Settings.Schemas;
using Pharos.Settings;
using static Pharos.Local.Tests.Settings.Schemas.RealSchemaValues;

namespace Pharos.Local.Tests.Settings.Schemas;

public sealed class RegistrySettingsValidatorTests
{
    private static readonly SettingsSchemaRegistry Registry = SettingsSchemaRegistry.LoadEmbedded();
    private readonly RegistrySettingsValidator _validator = new(Registry);
    private readonly RegistrySchemaProvider _schemas = new(Registry);

    [Fact]
    public void Validate_ValidValue_ReportsNothing()
    {
        Assert.Empty(_validator.Validate(Request(SloSchema, SloValue)));
    }

    [Fact]
    public void Validate_InvalidValue_ReportsValueRelativePaths()
    {
        var violations = _validator.Validate(Request(SloSchema, With(SloValue, v => v["evaluationType"] = "SOMETIMES")));

        var violation = Assert.Single(violations);
        Assert.Equal("evaluationType", violation.Path);
        Assert.Equal("'SOMETIMES' must be any of [AGGREGATE]", violation.Message);
        Assert.Equal("PAYLOAD_BODY", violation.ParameterLocation);
    }

    [Fact]
    public void Validate_SchemaUnknownToTheRegistry_AcceptsTheValue()
    {
        var request = new SettingsValidationRequest(
            new SettingsSchemaDescriptor { SchemaId = "builtin:someone.else", DisplayName = "x", LatestSchemaVersion = "1" },
            "1", "environment", Parse("""{"anything":1}"""), null, []);

        Assert.Empty(_validator.Validate(request));
    }

    [Fact]
    public void Validate_SiblingWithSameName_ReportsUniqueConstraint()
    {
        var sibling = new ExistingSettingsValue("other", Parse(With(SloValue, v =>
        {
            v["metricName"] = "other_metric";
            v["filter"] = "type(SERVICE)";
        })));

        var violations = _validator.Validate(Request(SloSchema, SloValue, siblings: [sibling]));

        var violation = Assert.Single(violations);
        Assert.Equal("name", violation.Path);
        Assert.StartsWith("There is another SLO with an identical name", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PreviousValueWithOtherMetricName_ReportsNotModifiable()
    {
        var request = Request(SloSchema, SloValue) with { PreviousValue = Parse(With(SloValue, v => v["metricName"] = "old_metric")) };

        var violation = Assert.Single(_validator.Validate(request));

        Assert.Equal("metricName", violation.Path);
        Assert.Equal("Value cannot be modified after creation", violation.Message);
    }

    [Fact]
    public void Validate_ReferencedObjectsNull_ChecksOnlyTheReferenceFormat()
    {
        var value = EmailNotification("vu9U3hXa3q0AAAABABhidWlsdGluOmFsZXJ0aW5nLnByb2ZpbGUABnRlbmFudAAGdGVuYW50ACQzZjJiOGMxZS00YTVkLTNlNmYtOWE3Yi0xYzJkM2U0ZjVhNmK-71TeFdrerQ");

        Assert.Empty(_validator.Validate(Request(Notifications, value)));
        Assert.Single(_validator.Validate(Request(Notifications, value) with { ReferencedObjects = new Dictionary<string, string>() }));
    }

    private SettingsValidationRequest Request(string schemaId, string value, IReadOnlyList<ExistingSettingsValue>? siblings = null)
    {
        var schema = _schemas.FindSchema(schemaId)!;
        return new SettingsValidationRequest(schema, schema.LatestSchemaVersion, "environment", Parse(value), null, siblings ?? []);
    }
}
