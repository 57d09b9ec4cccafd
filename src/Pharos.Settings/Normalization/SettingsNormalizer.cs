using System.Text.Json;
using System.Text.Json.Nodes;
using Pharos.Settings.Json;
using Pharos.Settings.Normalization;

namespace Pharos.Settings;

/// <summary>
/// Puts settings values into the form a plan can diff: defaults filled, hidden (precondition-false)
/// properties dropped, sets ordered, numbers and key order canonical. Unknown schemas and
/// non-object values pass through unchanged; nothing here throws on user input.
/// </summary>
public sealed class SettingsNormalizer
{
    private readonly SettingsSchemaRegistry _registry;

    public SettingsNormalizer(SettingsSchemaRegistry registry)
    {
        _registry = registry;
    }

    /// <summary>
    /// A copy of <paramref name="value"/> with schema defaults filled in, recursively (see
    /// <c>DefaultsApplier</c> for the rules). A JSON null or missing value is treated as <c>{}</c>.
    /// </summary>
    public JsonNode ApplyDefaults(string schemaId, JsonElement value)
    {
        var node = value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? new JsonObject() : JsonNodes.FromElement(value)!;
        if (node is JsonObject obj && _registry.TryGetSchema(schemaId ?? "", out var schema))
        {
            new DefaultsApplier(schema).ApplyObject(schema.Root, obj);
        }

        return node;
    }

    /// <summary>
    /// <see cref="ApplyDefaults"/>, then set items sorted and de-duplicated, and, when
    /// <paramref name="secretMask"/> is given, every secret value replaced by it.
    /// </summary>
    public JsonNode Normalize(string schemaId, JsonElement value, string? secretMask = null)
    {
        var node = ApplyDefaults(schemaId, value);
        if (node is JsonObject obj && _registry.TryGetSchema(schemaId ?? "", out var schema))
        {
            new SetCanonicalizer(schema, secretMask).Apply(schema.Root, obj);
        }

        return node;
    }

    /// <summary>The canonical JSON text of the normalised value; equal text means equal settings.</summary>
    public string ToCanonicalJson(string schemaId, JsonElement value, string? secretMask = null) =>
        CanonicalJson.Write(Normalize(schemaId, value, secretMask));

    public bool AreEquivalent(string schemaId, JsonElement left, JsonElement right, string? secretMask = null) =>
        string.Equals(ToCanonicalJson(schemaId, left, secretMask), ToCanonicalJson(schemaId, right, secretMask), StringComparison.Ordinal);
}
