using Pharos.Core.Diagnostics;

namespace Pharos.Settings.Tests.Loading;

public sealed class SchemaParserTests
{
    private const string Minimal = """{"schemaId":"test:x","version":"1.0","allowedScopes":["environment"],"multiObject":true,"maxObjects":5,"types":{},"enums":{},"properties":PROPS}""";

    [Fact]
    public void FromDocuments_InvalidJson_ReportsSet100WithPosition()
    {
        var diagnostic = SingleDiagnostic(new SchemaDocument("broken.schema.json", "{\n  \"schemaId\": }"));

        Assert.Equal(("SET100", Severity.Error), (diagnostic.Code, diagnostic.Severity));
        Assert.StartsWith("Schema file 'broken.schema.json' is not valid JSON (", diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith("). Replace it with the document returned by GET /api/v2/settings/schemas/{schemaId}.", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(2, diagnostic.Location!.Line);
    }

    [Fact]
    public void FromDocuments_MissingSchemaId_ReportsSet101AndSkipsTheSchema()
    {
        var registry = SettingsSchemaRegistry.FromDocuments([new SchemaDocument("x.json", """{"version":"1"}""")]);

        var diagnostic = Assert.Single(registry.Diagnostics);
        Assert.Equal("SET101", diagnostic.Code);
        Assert.Equal("Schema file 'x.json' has no usable 'schemaId'; the schema is skipped. Add the field as Dynatrace serves it.", diagnostic.Message);
        Assert.Empty(registry.Schemas);
    }

    [Fact]
    public void FromDocuments_UnresolvedReference_ReportsSet102()
    {
        var diagnostic = SingleDiagnostic(Schema("""{"p":{"type":{"$ref":"#/types/Missing"},"nullable":true}}"""));

        Assert.Equal("SET102", diagnostic.Code);
        Assert.Equal(
            "'properties/p/type' in 'test.json' refers to '#/types/Missing', which is not defined under 'types' or 'enums'. Values of this property are accepted unchecked; add the missing definition.",
            diagnostic.Message);
    }

    [Fact]
    public void FromDocuments_InvalidPattern_ReportsSet103()
    {
        var diagnostic = SingleDiagnostic(Schema("""{"p":{"type":"text","nullable":true,"constraints":[{"type":"PATTERN","pattern":"(["}]}}"""));

        Assert.Equal("SET103", diagnostic.Code);
        Assert.StartsWith("Pattern '([' at 'properties/p/constraints/0' in 'test.json' is not a valid regular expression (", diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith("); the constraint is not enforced. Fix the pattern.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromDocuments_UnknownPropertyType_ReportsSet104Warning()
    {
        var diagnostic = SingleDiagnostic(Schema("""{"p":{"type":"color","nullable":true}}"""));

        Assert.Equal(("SET104", Severity.Warning), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal(
            "Property type 'color' at 'properties/p/type' in 'test.json' is not known to Pharos; its values are accepted unchecked. Teach Pharos.Settings the type or change the schema.",
            diagnostic.Message);
    }

    [Fact]
    public void FromDocuments_UnknownConstraintType_ReportsSet105Warning()
    {
        var diagnostic = SingleDiagnostic(Schema("""{"p":{"type":"text","nullable":true,"constraints":[{"type":"FANCY"}]}}"""));

        Assert.Equal(("SET105", Severity.Warning), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal(
            "Constraint type 'FANCY' at 'properties/p/constraints/0' in 'test.json' is not known to Pharos and is not enforced. Document it in docs/settings-validation.md and implement it if it matters.",
            diagnostic.Message);
    }

    [Fact]
    public void FromDocuments_UnknownPreconditionType_ReportsSet106Warning()
    {
        var diagnostic = SingleDiagnostic(Schema("""{"p":{"type":"text","nullable":false,"precondition":{"type":"LIKE","property":"q"}}}"""));

        Assert.Equal(("SET106", Severity.Warning), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal(
            "Precondition type 'LIKE' at 'properties/p/precondition' in 'test.json' is not known to Pharos; the property is validated when present but never required. Implement the precondition type.",
            diagnostic.Message);
    }

    [Fact]
    public void FromDocuments_DuplicateSchemaId_ReportsSet107AndKeepsTheFirst()
    {
        var registry = SettingsSchemaRegistry.FromDocuments(
        [
            new SchemaDocument("first.json", Minimal.Replace("PROPS", "{}", StringComparison.Ordinal)),
            new SchemaDocument("second.json", Minimal.Replace("PROPS", "{}", StringComparison.Ordinal).Replace("\"1.0\"", "\"2.0\"", StringComparison.Ordinal)),
        ]);

        var diagnostic = Assert.Single(registry.Diagnostics);
        Assert.Equal("SET107", diagnostic.Code);
        Assert.Equal("Schema 'test:x' in 'second.json' was already loaded from 'first.json'; this copy is ignored. Keep one file per schema.", diagnostic.Message);
        Assert.Equal("1.0", Assert.Single(registry.Schemas).Version);
    }

    [Fact]
    public void FromDocuments_SchemaWithProblems_StillLoadsTheRest()
    {
        var registry = SettingsSchemaRegistry.FromDocuments([Schema("""{"p":{"type":"color","nullable":true},"q":{"type":"text","nullable":false}}""")]);

        Assert.True(registry.TryGetSchema("test:x", out var schema));
        Assert.Equal(5, schema.MaxObjects);
        var violation = Assert.Single(new SettingsValidator(registry).Validate("test:x", "environment", Fixtures.SettingsFixtures.Parse("""{"p":"#fff"}""")));
        Assert.Equal("test:x/0/q", violation.Path);
    }

    private static SchemaDocument Schema(string properties) => new("test.json", Minimal.Replace("PROPS", properties, StringComparison.Ordinal));

    private static Diagnostic SingleDiagnostic(SchemaDocument document) =>
        Assert.Single(SettingsSchemaRegistry.FromDocuments([document]).Diagnostics);
}
