using System.Text.Json;
using Pharos.Settings.Model;
using Pharos.Settings.Summary;

namespace Pharos.Settings;

/// <summary>
/// Computes the <c>summary</c> (Markdown allowed) and <c>searchSummary</c> (plain text) that the
/// objects list shows. The root pattern is the schema's <c>summaryPattern</c>; the shipped schemas
/// have none at the root, so the first of <c>summary</c>, <c>name</c>, <c>displayName</c>,
/// <c>title</c> is used, looking one object level down if needed (maintenance windows:
/// <c>generalProperties.name</c>). Never throws.
/// </summary>
public sealed class SettingsSummaryRenderer
{
    private static readonly string[] NameProperties = ["summary", "name", "displayName", "title"];
    private readonly SettingsSchemaRegistry _registry;

    public SettingsSummaryRenderer(SettingsSchemaRegistry registry)
    {
        _registry = registry;
    }

    public string Summarize(string schemaId, JsonElement value)
    {
        if (!_registry.TryGetSchema(schemaId ?? "", out var schema) || value.ValueKind != JsonValueKind.Object)
        {
            return "";
        }

        var pattern = schema.SummaryPattern ?? FallbackPattern(schema);
        return pattern is null ? "" : new SummaryEvaluator(schema).Render(pattern, value, schema.Root).Trim();
    }

    /// <summary>The summary without Markdown emphasis, as <c>searchSummary</c> carries it.</summary>
    public string SearchSummary(string schemaId, JsonElement value) =>
        Summarize(schemaId, value).Replace("**", "", StringComparison.Ordinal);

    /// <summary>Renders any pattern (e.g. a type's summaryPattern or a table column) against <paramref name="value"/> at the schema root.</summary>
    public string RenderPattern(string schemaId, string pattern, JsonElement value) =>
        _registry.TryGetSchema(schemaId ?? "", out var schema) && value.ValueKind == JsonValueKind.Object
            ? new SummaryEvaluator(schema).Render(pattern ?? "", value, schema.Root)
            : "";

    private static string? FallbackPattern(SettingsSchema schema)
    {
        if (NameProperty(schema.Root) is { } direct)
        {
            return $"{{{direct}}}";
        }

        foreach (var property in schema.Root.Properties)
        {
            if (schema.ResolveComplex(property.Type) is { } nested && NameProperty(nested) is { } inner)
            {
                return $"{{{property.Name}.{inner}}}";
            }
        }

        return null;
    }

    private static string? NameProperty(ComplexType type) =>
        NameProperties.FirstOrDefault(name => type.Find(name) is { Type.Kind: PropertyTypeKind.Text });
}
