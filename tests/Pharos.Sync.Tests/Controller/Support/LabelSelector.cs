using System.Text.Json.Nodes;

namespace Pharos.Sync.Tests.Controller.Support;

/// <summary>The equality-based label selector syntax: <c>k=v</c>, <c>k==v</c>, <c>k!=v</c>, <c>k</c>, <c>!k</c>, comma = and.</summary>
internal sealed record LabelSelector(IReadOnlyList<Func<IReadOnlyDictionary<string, string>, bool>> Requirements)
{
    public static LabelSelector Parse(string text)
    {
        var requirements = new List<Func<IReadOnlyDictionary<string, string>, bool>>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.Contains("!=", StringComparison.Ordinal))
            {
                var (key, value) = Split(part, "!=");
                requirements.Add(labels => !labels.TryGetValue(key, out var actual) || actual != value);
            }
            else if (part.Contains('=', StringComparison.Ordinal))
            {
                var (key, value) = Split(part, part.Contains("==", StringComparison.Ordinal) ? "==" : "=");
                requirements.Add(labels => labels.TryGetValue(key, out var actual) && actual == value);
            }
            else if (part.StartsWith('!'))
            {
                requirements.Add(labels => !labels.ContainsKey(part[1..]));
            }
            else
            {
                requirements.Add(labels => labels.ContainsKey(part));
            }
        }

        return new LabelSelector(requirements);
    }

    public bool Matches(JsonObject configMap)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (configMap["metadata"]?["labels"] is JsonObject map)
        {
            foreach (var (key, value) in map)
            {
                labels[key] = (string?)value ?? "";
            }
        }

        return Requirements.All(r => r(labels));
    }

    private static (string Key, string Value) Split(string part, string op)
    {
        var index = part.IndexOf(op, StringComparison.Ordinal);
        return (part[..index].Trim(), part[(index + op.Length)..].Trim());
    }
}
