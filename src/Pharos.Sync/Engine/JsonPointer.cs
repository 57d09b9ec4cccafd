using System.Text.Json.Nodes;

namespace Pharos.Sync.Engine;

/// <summary>Reads and replaces the value at a JSON pointer such as <c>/alertingProfile</c> (RFC 6901).</summary>
internal static class JsonPointer
{
    public static JsonNode? Get(JsonNode? root, string pointer)
    {
        var node = root;
        foreach (var segment in Segments(pointer))
        {
            node = node switch
            {
                JsonObject obj => obj[segment],
                JsonArray array when int.TryParse(segment, out var i) && i >= 0 && i < array.Count => array[i],
                _ => null,
            };
        }

        return node;
    }

    /// <summary>Replaces an existing value; false when the pointer does not lead to one.</summary>
    public static bool TrySet(JsonNode root, string pointer, JsonNode? value)
    {
        var segments = Segments(pointer);
        if (segments.Count == 0)
        {
            return false;
        }

        var parent = Get(root, "/" + string.Join('/', segments.Take(segments.Count - 1).Select(Escape)));
        var last = segments[^1];
        switch (parent)
        {
            case JsonObject obj when obj.ContainsKey(last):
                obj[last] = value;
                return true;
            case JsonArray array when int.TryParse(last, out var i) && i >= 0 && i < array.Count:
                array[i] = value;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The pointer as a settings property path: <c>/a/b</c> → <c>a/b</c>, as constraint violations write it.</summary>
    public static string ToPropertyPath(string pointer) => pointer.TrimStart('/');

    private static List<string> Segments(string pointer) =>
        pointer.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))
            .ToList();

    private static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
