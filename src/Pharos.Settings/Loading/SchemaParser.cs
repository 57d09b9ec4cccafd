using System.Text.Json;
using Pharos.Core.Diagnostics;
using Pharos.Settings.Json;
using Pharos.Settings.Model;

namespace Pharos.Settings.Loading;

/// <summary>
/// Turns one schema document (as served by <c>GET /api/v2/settings/schemas/{id}</c>) into a
/// <see cref="SettingsSchema"/>. Never throws: problems become SET1xx diagnostics and the schema is
/// either skipped (missing identity) or loaded with the faulty part left unchecked.
/// </summary>
internal sealed partial class SchemaParser
{
    private readonly string _source;
    private readonly IDiagnosticSink _sink;
    private readonly HashSet<string> _typeNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _enumNames = new(StringComparer.Ordinal);

    private SchemaParser(string source, IDiagnosticSink sink)
    {
        _source = source;
        _sink = sink;
    }

    public static SettingsSchema? Parse(string source, string json, IDiagnosticSink sink)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException e)
        {
            sink.Add(SchemaLoadDiagnostics.InvalidJson(source, FirstSentence(e.Message), e.LineNumber, e.BytePositionInLine));
            return null;
        }

        using (document)
        {
            return new SchemaParser(source, sink).ParseDocument(document.RootElement, json);
        }
    }

    private SettingsSchema? ParseDocument(JsonElement root, string json)
    {
        var schemaId = JsonRead.String(root, "schemaId");
        var version = JsonRead.String(root, "version");
        if (string.IsNullOrWhiteSpace(schemaId))
        {
            _sink.Add(SchemaLoadDiagnostics.MissingField(_source, "schemaId"));
            return null;
        }

        if (string.IsNullOrWhiteSpace(version))
        {
            _sink.Add(SchemaLoadDiagnostics.MissingField(_source, "version"));
            return null;
        }

        foreach (var type in JsonRead.Object(root, "types"))
        {
            _typeNames.Add(type.Name);
        }

        foreach (var item in JsonRead.Object(root, "enums"))
        {
            _enumNames.Add(item.Name);
        }

        var enums = new Dictionary<string, SchemaEnum>(StringComparer.Ordinal);
        foreach (var item in JsonRead.Object(root, "enums"))
        {
            enums[item.Name] = ParseEnum(item.Name, item.Value);
        }

        var types = new Dictionary<string, ComplexType>(StringComparer.Ordinal);
        foreach (var type in JsonRead.Object(root, "types"))
        {
            var path = $"types/{type.Name}";
            types[type.Name] = new ComplexType(type.Name, ParseProperties(type.Value, path))
            {
                Constraints = ParseConstraints(type.Value, path),
                SummaryPattern = JsonRead.String(type.Value, "summaryPattern") ?? "",
            };
        }

        var multiObject = JsonRead.Bool(root, "multiObject") ?? false;
        return new SettingsSchema(schemaId, version, JsonRead.String(root, "displayName") ?? schemaId,
            new ComplexType("", ParseProperties(root, "")) { Constraints = ParseConstraints(root, "") })
        {
            Description = JsonRead.String(root, "description"),
            AllowedScopes = JsonRead.Strings(root, "allowedScopes"),
            MultiObject = multiObject,
            Ordered = JsonRead.Bool(root, "ordered") ?? false,
            MaxObjects = JsonRead.Int(root, "maxObjects") ?? (multiObject ? int.MaxValue : 1),
            KeyProperty = JsonRead.String(root, "keyProperty"),
            Maturity = JsonRead.String(root, "maturity"),
            OwnerBasedAccessControl = JsonRead.Bool(root, "ownerBasedAccessControl"),
            SummaryPattern = JsonRead.String(root, "summaryPattern"),
            Json = json,
            Types = types,
            Enums = enums,
            SchemaConstraints = ParseConstraintArray(JsonRead.Array(root, "schemaConstraints"), "schemaConstraints"),
        };
    }

    private static SchemaEnum ParseEnum(string name, JsonElement element)
    {
        var values = new List<string>();
        foreach (var item in JsonRead.Array(element, "items"))
        {
            if (JsonRead.Member(item, "value") is { } value)
            {
                // Enum values are strings in every known schema; other kinds keep their JSON text.
                values.Add(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText());
            }
        }

        return new SchemaEnum(name, values);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }

    private static string Join(string path, string segment) => path.Length == 0 ? segment : $"{path}/{segment}";
}
