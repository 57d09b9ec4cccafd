using System.Text.Json.Nodes;
using Pharos.Settings.Model;

namespace Pharos.Settings.Normalization;

/// <summary>
/// Schema-aware part of canonicalisation: items of <c>set</c> properties are sorted by their
/// canonical JSON and de-duplicated (a set has no order and no repeats), and, when a mask is
/// given, values of <c>secret</c> properties are replaced by it (Dynatrace never returns secrets,
/// so a diff must not compare them).
/// </summary>
internal sealed class SetCanonicalizer
{
    private readonly SettingsSchema _schema;
    private readonly string? _secretMask;

    public SetCanonicalizer(SettingsSchema schema, string? secretMask)
    {
        _schema = schema;
        _secretMask = secretMask;
    }

    public void Apply(ComplexType type, JsonObject obj)
    {
        foreach (var property in type.Properties)
        {
            if (!obj.TryGetPropertyValue(property.Name, out var node) || node is null)
            {
                continue;
            }

            if (property.Type.Kind == PropertyTypeKind.Secret && _secretMask is not null && node is JsonValue)
            {
                obj[property.Name] = _secretMask;
            }
            else if (property.Type.IsCollection && node is JsonArray array)
            {
                ApplyItems(property, array);
                if (property.Type.Kind == PropertyTypeKind.Set)
                {
                    obj[property.Name] = SortedDistinct(array);
                }
            }
            else if (_schema.ResolveComplex(property.Type) is { } complex && node is JsonObject child)
            {
                Apply(complex, child);
            }
        }
    }

    private void ApplyItems(SchemaProperty property, JsonArray array)
    {
        if (property.Items is null)
        {
            return;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (property.Items.Type.Kind == PropertyTypeKind.Secret && _secretMask is not null && array[i] is JsonValue)
            {
                array[i] = _secretMask;
            }
            else if (_schema.ResolveComplex(property.Items.Type) is { } itemType && array[i] is JsonObject item)
            {
                Apply(itemType, item);
            }
        }
    }

    private static JsonArray SortedDistinct(JsonArray array)
    {
        var byKey = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var item in array)
        {
            byKey.TryAdd(CanonicalJson.Write(item), item);
        }

        var result = new JsonArray();
        foreach (var item in byKey.Values)
        {
            result.Add(item?.DeepClone());
        }

        return result;
    }
}
