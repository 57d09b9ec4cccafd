using System.Text.Json;

namespace Pharos.Local.Settings;

/// <summary>
/// The <c>summary</c> of an object. Dynatrace renders the schema's summary pattern; the local environment
/// takes the first of <c>name</c>, <c>displayName</c>, <c>title</c>, <c>summary</c>, <c>key</c>, else the first string property.
/// </summary>
internal static class SettingsSummary
{
    private static readonly string[] PreferredProperties = ["name", "displayName", "title", "summary", "key"];

    public static string Of(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return "";
        }

        foreach (var name in PreferredProperties)
        {
            if (value.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String)
            {
                return property.GetString() ?? "";
            }
        }

        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString() ?? "";
            }
        }

        return "";
    }
}
