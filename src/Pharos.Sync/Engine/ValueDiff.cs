using System.Text.Json.Nodes;
using Pharos.Settings;

namespace Pharos.Sync.Engine;

/// <summary>
/// The leaves where two normalised settings values differ, by JSON pointer. Values are compared
/// as canonical JSON, so key order and number spelling never show up as a change. Empty objects
/// and lists are leaves of their own, so "[] → absent" is visible.
/// </summary>
public static class ValueDiff
{
    public static IReadOnlyList<ValueChange> Compare(JsonNode? before, JsonNode? after)
    {
        var left = Flatten(before);
        var right = Flatten(after);
        var changes = new List<ValueChange>();
        foreach (var path in left.Keys.Union(right.Keys).Order(StringComparer.Ordinal))
        {
            left.TryGetValue(path, out var b);
            right.TryGetValue(path, out var a);
            if (!string.Equals(b, a, StringComparison.Ordinal))
            {
                changes.Add(new ValueChange(path, b, a));
            }
        }

        return changes;
    }

    /// <summary>Every leaf as JSON pointer → canonical JSON.</summary>
    public static Dictionary<string, string> Flatten(JsonNode? root)
    {
        var leaves = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root is not null)
        {
            Walk(root, "", leaves);
        }

        return leaves;
    }

    private static void Walk(JsonNode node, string path, Dictionary<string, string> leaves)
    {
        switch (node)
        {
            case JsonObject obj when obj.Count > 0:
                foreach (var (key, value) in obj)
                {
                    Visit(value, path + "/" + Escape(key), leaves);
                }

                break;
            case JsonArray array when array.Count > 0:
                for (var i = 0; i < array.Count; i++)
                {
                    Visit(array[i], path + "/" + i, leaves);
                }

                break;
            default:
                leaves[path.Length == 0 ? "/" : path] = CanonicalJson.Write(node);
                break;
        }
    }

    private static void Visit(JsonNode? node, string path, Dictionary<string, string> leaves)
    {
        if (node is null)
        {
            leaves[path] = "null";
            return;
        }

        Walk(node, path, leaves);
    }

    // RFC 6901: '~' is written ~0 and '/' is written ~1 inside a pointer segment.
    private static string Escape(string key) => key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
