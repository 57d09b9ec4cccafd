using System.Text.Json;
using System.Text.Json.Nodes;
using Pharos.Settings.Model;

namespace Pharos.Settings.Validation;

internal sealed partial class ValueValidator
{
    private void ValidateCollection(SchemaProperty property, JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            _violations.Add(SettingsViolations.TypeMismatch(path, property.Type.Name));
            return;
        }

        CheckCollectionSize(property, value.GetArrayLength(), path);
        if (property.Items is { } items)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                var itemPath = SettingsViolations.Child(path, index++);
                if (item.ValueKind == JsonValueKind.Null)
                {
                    _violations.Add(SettingsViolations.MissingValue(itemPath));
                }
                else
                {
                    ValidateSingle(items.Type, items.Constraints, items.ReferencedType, item, itemPath);
                }
            }
        }

        foreach (var constraint in property.Constraints)
        {
            if (constraint.Type == "UNIQUE" && HasDuplicates(value, constraint.UniqueProperties))
            {
                _violations.Add(SettingsViolations.NotUniqueItems(path, constraint.UniqueProperties, constraint.CustomMessage));
            }
        }
    }

    private void CheckCollectionSize(SchemaProperty property, int count, string path)
    {
        if (count < property.MinObjects || (property.MaxObjects is { } max && count > max))
        {
            _violations.Add(SettingsViolations.CollectionSize(path, property.MinObjects, property.MaxObjects));
        }
    }

    /// <summary>
    /// UNIQUE on a collection: no two items may agree on <paramref name="uniqueProperties"/>
    /// (or be entirely equal when none are named). Values compare in canonical JSON form.
    /// </summary>
    private static bool HasDuplicates(JsonElement array, IReadOnlyList<string> uniqueProperties)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in array.EnumerateArray())
        {
            if (!seen.Add(UniquenessKey.Of(item, uniqueProperties)))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The canonical identity of a value, or of the named members of an object value.</summary>
internal static class UniquenessKey
{
    public static string Of(JsonElement value, IReadOnlyList<string> properties)
    {
        if (properties.Count == 0)
        {
            return CanonicalJson.Write(value);
        }

        var tuple = new JsonArray();
        foreach (var property in properties)
        {
            tuple.Add(Resolve(value, property) is { } member && member.ValueKind != JsonValueKind.Null
                ? JsonNode.Parse(member.GetRawText())
                : null);
        }

        return CanonicalJson.Write(tuple);
    }

    /// <summary>Follows a member path such as <c>name</c> or <c>generalProperties/name</c> (also <c>.</c>-separated).</summary>
    public static JsonElement? Resolve(JsonElement value, string path)
    {
        var current = value;
        foreach (var segment in path.Split('/', '.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
            {
                return null;
            }
        }

        return current;
    }
}
