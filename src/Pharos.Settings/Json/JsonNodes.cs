using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pharos.Settings.Json;

/// <summary>Mutable copies of parsed JSON.</summary>
internal static class JsonNodes
{
    /// <summary>
    /// A deep, independent copy. Duplicate member names keep the last value, as Jackson does
    /// (<c>JsonNode.Parse</c> would reject them instead).
    /// </summary>
    public static JsonNode? FromElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new JsonObject();
                foreach (var member in element.EnumerateObject())
                {
                    obj[member.Name] = FromElement(member.Value);
                }

                return obj;
            case JsonValueKind.Array:
                var array = new JsonArray();
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(FromElement(item));
                }

                return array;
            case JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                return JsonValue.Create(element.Clone());
            default:
                return null;
        }
    }
}
