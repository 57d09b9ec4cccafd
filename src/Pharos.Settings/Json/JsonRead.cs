using System.Text.Json;

namespace Pharos.Settings.Json;

/// <summary>Lenient readers for schema documents: a missing or wrongly typed member reads as absent.</summary>
internal static class JsonRead
{
    public static JsonElement? Member(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    public static string? String(JsonElement element, string name) =>
        Member(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static bool? Bool(JsonElement element, string name) =>
        Member(element, name) switch
        {
            { ValueKind: JsonValueKind.True } => true,
            { ValueKind: JsonValueKind.False } => false,
            _ => null,
        };

    public static long? Long(JsonElement element, string name) =>
        Member(element, name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var number) ? number : null;

    public static int? Int(JsonElement element, string name) =>
        Long(element, name) is { } number && number is >= int.MinValue and <= int.MaxValue ? (int)number : null;

    public static double? Double(JsonElement element, string name) =>
        Member(element, name) is { ValueKind: JsonValueKind.Number } value && value.TryGetDouble(out var number) && double.IsFinite(number) ? number : null;

    public static string? NumberText(JsonElement element, string name) =>
        Member(element, name) is { ValueKind: JsonValueKind.Number } value ? value.GetRawText() : null;

    public static IReadOnlyList<string> Strings(JsonElement element, string name)
    {
        if (Member(element, name) is not { ValueKind: JsonValueKind.Array } array)
        {
            return [];
        }

        var result = new List<string>();
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                result.Add(item.GetString()!);
            }
        }

        return result;
    }

    public static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        Member(element, name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    public static IEnumerable<JsonProperty> Object(JsonElement element, string name) =>
        Member(element, name) is { ValueKind: JsonValueKind.Object } obj ? obj.EnumerateObject() : [];
}
