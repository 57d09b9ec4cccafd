using Pharos.Settings.Tests.Fixtures;

namespace Pharos.Settings.Tests.Validation;

/// <summary>Constraint kinds and types that no shipped schema uses, exercised through a small test schema.</summary>
public sealed partial class SettingsValidatorTests
{
    private const string Synthetic = "test:constraints";

    private static readonly SettingsSchemaRegistry SyntheticRegistry = SettingsSchemaRegistry.FromDocuments(
    [
        new SchemaDocument("synthetic.json", """
            {"schemaId":"test:constraints","version":"1.0","displayName":"Constraints","allowedScopes":["environment","HOST"],
             "multiObject":true,"maxObjects":5,"summaryPattern":"{code} ({labels|size} labels)",
             "enums":{"Mode":{"items":[{"value":"A"},{"value":"B"}]}},"types":{},
             "properties":{
               "code":{"type":"text","nullable":true,"constraints":[{"type":"NO_WHITESPACE"}]},
               "labels":{"type":"list","nullable":false,"minObjects":0,"maxObjects":10,"items":{"type":"text"},"constraints":[{"type":"UNIQUE"}]},
               "when":{"type":"zoned_date_time","nullable":true},
               "mode":{"type":{"$ref":"#/enums/Mode"},"nullable":true},
               "odd":{"type":"text","nullable":false,"precondition":{"type":"SOMETHING_NEW","property":"mode"}}}}
            """),
    ]);

    private readonly SettingsValidator _synthetic = new(SyntheticRegistry);

    [Fact]
    public void Validate_NoWhitespaceViolated_ReportsIt()
    {
        AssertSingle(_synthetic.Validate(Synthetic, "environment", SettingsFixtures.Parse("""{"code":"a b","labels":[]}""")),
            SettingsViolationCodes.NoWhitespace, "test:constraints/0/code", "Must not contain whitespace");
    }

    [Fact]
    public void Validate_UniqueWithoutPropertiesOnRepeatedItems_ReportsItemsMustBeUnique()
    {
        AssertSingle(_synthetic.Validate(Synthetic, "environment", SettingsFixtures.Parse("""{"labels":["x","y","x"]}""")),
            SettingsViolationCodes.NotUniqueItems, "test:constraints/0/labels", "Items must be unique");
    }

    [Theory]
    [InlineData("2025-03-01T10:00:00+01:00", true)]
    [InlineData("2025-03-01T10:00Z", true)]
    [InlineData("2025-03-01T10:00+02:00[Europe/Vienna]", true)]
    [InlineData("2025-03-01T10:00:00", false)]
    [InlineData("yesterday", false)]
    public void Validate_ZonedDateTime_RequiresAnOffset(string when, bool valid)
    {
        var violations = _synthetic.Validate(Synthetic, "environment", SettingsFixtures.Parse($$"""{"when":"{{when}}"}"""));

        Assert.Equal(valid ? [] : ["Must be of type zoned_date_time"], violations.Select(v => v.Message).ToArray());
    }

    [Fact]
    public void Validate_UnknownPreconditionType_NeverRequiresButStillChecksPresentValues()
    {
        Assert.Empty(_synthetic.Validate(Synthetic, "environment", SettingsFixtures.Parse("{}")));
        AssertSingle(_synthetic.Validate(Synthetic, "environment", SettingsFixtures.Parse("""{"odd":5}""")),
            SettingsViolationCodes.TypeMismatch, "test:constraints/0/odd", "Must be of type text");
    }

    [Theory]
    [InlineData("HOST-D3A3C5A146830A79", true)]
    [InlineData("HOST-d3a3c5a146830a79", false)]
    [InlineData("HOST-123", false)]
    [InlineData("PROCESS_GROUP-D3A3C5A146830A79", false)]
    [InlineData("environment", true)]
    public void ValidateScope_EntityScopeType_RequiresSixteenUpperHexDigits(string scope, bool valid)
    {
        Assert.Equal(valid, _synthetic.ValidateScope(Synthetic, scope).Count == 0);
    }

    [Fact]
    public void Summarize_RootSummaryPattern_IsUsedWhenPresent()
    {
        var summary = new SettingsSummaryRenderer(SyntheticRegistry).Summarize(Synthetic, SettingsFixtures.Parse("""{"code":"X1","labels":["a","b"]}"""));

        Assert.Equal("X1 (2 labels)", summary);
    }
}
