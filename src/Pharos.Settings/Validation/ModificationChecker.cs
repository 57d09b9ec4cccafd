using System.Text.Json;
using Pharos.Settings.Model;

namespace Pharos.Settings.Validation;

/// <summary>
/// Finds changes to <c>modificationPolicy: NEVER</c> properties, descending into nested objects
/// present on both sides (items of collections have no stable identity, so they are not compared).
/// </summary>
internal static class ModificationChecker
{
    public static void Check(SettingsSchema schema, ComplexType type, JsonElement previous, JsonElement candidate, string path, List<ConstraintViolation> violations)
    {
        if (previous.ValueKind != JsonValueKind.Object || candidate.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in type.Properties)
        {
            var before = Member(previous, property.Name);
            var after = Member(candidate, property.Name);
            var childPath = SettingsViolations.Child(path, property.Name);
            if (property.ModificationPolicy == "NEVER")
            {
                if (Canonical(before) != Canonical(after))
                {
                    violations.Add(SettingsViolations.NotModifiable(childPath));
                }
            }
            else if (schema.ResolveComplex(property.Type) is { } complex && before is { } b && after is { } a)
            {
                Check(schema, complex, b, a, childPath, violations);
            }
        }
    }

    private static JsonElement? Member(JsonElement value, string name) =>
        value.TryGetProperty(name, out var member) && member.ValueKind != JsonValueKind.Null ? member : null;

    private static string Canonical(JsonElement? value) => value is { } v ? CanonicalJson.Write(v) : "null";
}
