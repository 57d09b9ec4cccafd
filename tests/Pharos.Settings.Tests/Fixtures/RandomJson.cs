using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pharos.Settings.Tests.Fixtures;

/// <summary>Seeded generator of hostile JSON values: schema-shaped keys, edge-case scalars, deep nesting, mutations of valid objects.</summary>
internal sealed class RandomJson
{
    private static readonly string[] Strings =
    [
        "", " ", "  padded  ", "METRIC_KEY", "METRIC_SELECTOR", "STATIC_THRESHOLD", "INFO", "EMAIL", "WEBHOOK", "SERVICE_NOW", "ME",
        "DIMENSION", "SELECTOR", "INCLUDE_ANY", "NONE", "CUSTOM", "PREDEFINED", "HOST_KUBERNETES_LABELS", "SERVICE_PORT", "EXISTS",
        "ONCE", "DAILY", "WEEKLY", "MONTHLY", "Byte", "bit", "Count", "binary", "true", "null", "{", "}", "{x}", "''", "'{'",
        "https://example.com", "http:/bad", "a@b.c", "not an email", "00000000-0000-0000-0000-000000000000",
        SettingsFixtures.AlertingProfileObjectId, "2025-01-01", "2025-13-45", "23:59:59", "24:00", "2025-01-01T00:00:00",
        "Europe/Vienna", "UTC", "Mars/Olympus", "HOST-0123456789ABCDEF", "\u0000", "\uD83D\uDE00", "é", new string('x', 600),
    ];

    private readonly Random _random;
    private readonly string[] _keys;

    public RandomJson(int seed, IEnumerable<string> keys)
    {
        _random = new Random(seed);
        _keys = keys.Concat(["", "unknown", "$ref", "__proto__"]).Distinct().ToArray();
    }

    public JsonElement NextValue() => ToElement(Value(_random.Next(1, 7)));

    /// <summary>A valid object with one random edit: a value replaced, a member removed or added.</summary>
    public JsonElement Mutate(string json)
    {
        var root = JsonNode.Parse(json)!;
        for (var edits = _random.Next(1, 4); edits > 0; edits--)
        {
            var containers = new List<JsonNode>();
            Collect(root, containers);
            var target = containers[_random.Next(containers.Count)];
            switch (target)
            {
                case JsonObject obj when obj.Count > 0 && _random.Next(3) == 0:
                    obj.Remove(obj.ElementAt(_random.Next(obj.Count)).Key);
                    break;
                case JsonObject obj when obj.Count > 0:
                    obj[obj.ElementAt(_random.Next(obj.Count)).Key] = Value(_random.Next(0, 4));
                    break;
                case JsonObject obj:
                    obj[Key()] = Value(2);
                    break;
                case JsonArray array when array.Count > 0:
                    array[_random.Next(array.Count)] = Value(_random.Next(0, 4));
                    break;
                case JsonArray array:
                    array.Add(Value(2));
                    break;
            }
        }

        return ToElement(root);
    }

    public string Pattern()
    {
        const string alphabet = "{}{}',|: abcname.selectpluralother=0#";
        var length = _random.Next(0, 40);
        return string.Concat(Enumerable.Range(0, length).Select(_ => alphabet[_random.Next(alphabet.Length)]));
    }

    private JsonNode? Value(int depth)
    {
        var choice = _random.Next(depth <= 0 ? 6 : 9);
        return choice switch
        {
            0 => null,
            1 => JsonValue.Create(_random.Next(2) == 0),
            2 => JsonValue.Create(Number()),
            3 or 4 => JsonValue.Create(Strings[_random.Next(Strings.Length)]),
            5 => JsonValue.Create(_random.Next(-5, 100)),
            6 => Array(depth),
            _ => Object(depth),
        };
    }

    private double Number() => _random.Next(8) switch
    {
        0 => double.MaxValue,
        1 => -0.0,
        2 => 1e-320,
        3 => long.MaxValue,
        4 => 9007199254740993d,
        5 => _random.NextDouble() * 100,
        6 => 1.01,
        _ => -_random.Next(),
    };

    private JsonArray Array(int depth)
    {
        var array = new JsonArray();
        for (var i = _random.Next(0, 5); i > 0; i--)
        {
            array.Add(Value(depth - 1));
        }

        return array;
    }

    private JsonObject Object(int depth)
    {
        var obj = new JsonObject();
        for (var i = _random.Next(0, 8); i > 0; i--)
        {
            obj[Key()] = Value(depth - 1);
        }

        return obj;
    }

    private string Key() => _keys[_random.Next(_keys.Length)];

    private static void Collect(JsonNode? node, List<JsonNode> containers)
    {
        if (node is JsonObject obj)
        {
            containers.Add(obj);
            foreach (var (_, child) in obj)
            {
                Collect(child, containers);
            }
        }
        else if (node is JsonArray array)
        {
            containers.Add(array);
            foreach (var child in array)
            {
                Collect(child, containers);
            }
        }
    }

    private static JsonElement ToElement(JsonNode? node) => SettingsFixtures.Parse(node?.ToJsonString() ?? "null");
}
