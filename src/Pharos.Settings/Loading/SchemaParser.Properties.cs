using System.Collections.Frozen;
using System.Text.Json;
using Pharos.Settings.Json;
using Pharos.Settings.Model;

namespace Pharos.Settings.Loading;

internal sealed partial class SchemaParser
{
    private static readonly FrozenDictionary<string, PropertyTypeKind> PrimitiveKinds = new Dictionary<string, PropertyTypeKind>
    {
        ["text"] = PropertyTypeKind.Text,
        ["secret"] = PropertyTypeKind.Secret,
        ["boolean"] = PropertyTypeKind.Boolean,
        ["integer"] = PropertyTypeKind.Integer,
        ["float"] = PropertyTypeKind.Float,
        ["setting"] = PropertyTypeKind.Setting,
        ["local_date"] = PropertyTypeKind.LocalDate,
        ["local_time"] = PropertyTypeKind.LocalTime,
        ["local_date_time"] = PropertyTypeKind.LocalDateTime,
        ["zoned_date_time"] = PropertyTypeKind.ZonedDateTime,
        ["time_zone"] = PropertyTypeKind.TimeZone,
        ["list"] = PropertyTypeKind.List,
        ["set"] = PropertyTypeKind.Set,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private List<SchemaProperty> ParseProperties(JsonElement container, string path)
    {
        var properties = new List<SchemaProperty>();
        foreach (var property in JsonRead.Object(container, "properties"))
        {
            properties.Add(ParseProperty(property.Name, property.Value, Join(path, $"properties/{property.Name}")));
        }

        return properties;
    }

    private SchemaProperty ParseProperty(string name, JsonElement element, string path)
    {
        var type = ParseType(JsonRead.Member(element, "type"), Join(path, "type"));
        ItemDefinition? items = null;
        if (type.IsCollection && JsonRead.Member(element, "items") is { } itemsElement)
        {
            var itemsPath = Join(path, "items");
            items = new ItemDefinition(ParseType(JsonRead.Member(itemsElement, "type"), Join(itemsPath, "type")), ParseConstraints(itemsElement, itemsPath))
            {
                SubType = JsonRead.String(itemsElement, "subType"),
                ReferencedType = JsonRead.String(itemsElement, "referencedType"),
            };
        }
        else if (type.IsCollection)
        {
            _sink.Add(SchemaLoadDiagnostics.MissingField(_source, Join(path, "items")));
        }

        return new SchemaProperty(name, type)
        {
            DisplayName = JsonRead.String(element, "displayName") ?? name,
            Nullable = JsonRead.Bool(element, "nullable") ?? false,
            Default = JsonRead.Member(element, "default")?.Clone(),
            Constraints = ParseConstraints(element, path),
            Precondition = JsonRead.Member(element, "precondition") is { ValueKind: JsonValueKind.Object } precondition
                ? ParsePrecondition(precondition, Join(path, "precondition"))
                : null,
            Items = items,
            MinObjects = JsonRead.Int(element, "minObjects") ?? 0,
            MaxObjects = JsonRead.Int(element, "maxObjects"),
            SubType = JsonRead.String(element, "subType"),
            ReferencedType = JsonRead.String(element, "referencedType"),
            ModificationPolicy = JsonRead.String(element, "modificationPolicy") ?? "DEFAULT",
        };
    }

    private PropertyType ParseType(JsonElement? element, string path)
    {
        if (element is { ValueKind: JsonValueKind.String } name)
        {
            var text = name.GetString()!;
            if (PrimitiveKinds.TryGetValue(text, out var kind))
            {
                return new PropertyType(kind, text);
            }

            _sink.Add(SchemaLoadDiagnostics.UnknownPropertyType(_source, path, text));
            return new PropertyType(PropertyTypeKind.Unknown, text);
        }

        var reference = element is { } value ? JsonRead.String(value, "$ref") : null;
        if (reference is null)
        {
            _sink.Add(SchemaLoadDiagnostics.MissingField(_source, path));
            return new PropertyType(PropertyTypeKind.Unknown, "unknown");
        }

        if (reference.StartsWith("#/types/", StringComparison.Ordinal) && _typeNames.Contains(reference["#/types/".Length..]))
        {
            return new PropertyType(PropertyTypeKind.Complex, reference["#/types/".Length..]);
        }

        if (reference.StartsWith("#/enums/", StringComparison.Ordinal) && _enumNames.Contains(reference["#/enums/".Length..]))
        {
            return new PropertyType(PropertyTypeKind.Enum, reference["#/enums/".Length..]);
        }

        _sink.Add(SchemaLoadDiagnostics.UnresolvedReference(_source, path, reference));
        return new PropertyType(PropertyTypeKind.Unknown, reference);
    }
}
