using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pharos.Sync.Controller.Kubernetes;

/// <summary>
/// Reads the API server's ConfigMap, ConfigMapList, WatchEvent and Status JSON, and writes the
/// annotations merge patch. Only the fields the controller uses are read; anything malformed is a
/// <see cref="KubernetesFailureKind.Protocol"/> failure, which makes the source list again.
/// </summary>
internal static class KubernetesJson
{
    public static ConfigMapList ReadList(JsonElement root)
    {
        var metadata = Object(root, "metadata");
        var resourceVersion = String(metadata, "resourceVersion") ?? throw Protocol("the list has no metadata.resourceVersion");
        var next = String(metadata, "continue");
        var items = new List<KubernetesConfigMap>();
        if (root.TryGetProperty("items", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in array.EnumerateArray())
            {
                items.Add(ReadConfigMap(item));
            }
        }

        return new ConfigMapList(items, resourceVersion, string.IsNullOrEmpty(next) ? null : next);
    }

    public static KubernetesWatchEvent ReadWatchEvent(string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw Protocol($"a watch event is not JSON ({ex.Message})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("object", out var obj) || obj.ValueKind != JsonValueKind.Object)
            {
                throw Protocol("a watch event has no object");
            }

            var type = String(root, "type") switch
            {
                "ADDED" => WatchEventType.Added,
                "MODIFIED" => WatchEventType.Modified,
                "DELETED" => WatchEventType.Deleted,
                "BOOKMARK" => WatchEventType.Bookmark,
                "ERROR" => WatchEventType.Error,
                var other => throw Protocol($"unknown watch event type '{other}'"),
            };
            return type switch
            {
                WatchEventType.Error => new KubernetesWatchEvent(type, null, null, ReadStatus(obj, 500)),
                WatchEventType.Bookmark => new KubernetesWatchEvent(type, null, String(Object(obj, "metadata"), "resourceVersion") ?? throw Protocol("a BOOKMARK has no resourceVersion"), null),
                _ => Added(type, ReadConfigMap(obj)),
            };
        }

        static KubernetesWatchEvent Added(WatchEventType type, KubernetesConfigMap configMap) => new(type, configMap, configMap.ResourceVersion, null);
    }

    public static KubernetesConfigMap ReadConfigMap(JsonElement item)
    {
        var metadata = Object(item, "metadata");
        var name = String(metadata, "name") ?? throw Protocol("a ConfigMap has no metadata.name");
        var ns = String(metadata, "namespace") ?? throw Protocol($"ConfigMap {name} has no metadata.namespace");
        var resourceVersion = String(metadata, "resourceVersion") ?? "";
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Pairs(item, "data"))
        {
            data[key] = value;
        }

        return new KubernetesConfigMap(ns, name, resourceVersion, Pairs(metadata, "labels"), Pairs(metadata, "annotations"), data);
    }

    /// <summary>A Status body; anything else (a proxy's HTML page) becomes a Status with the HTTP code and a short excerpt.</summary>
    public static KubernetesStatus ReadStatus(string body, int httpStatus)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return ReadStatus(document.RootElement, httpStatus);
            }
        }
        catch (JsonException)
        {
            // Not JSON: fall through to the excerpt.
        }

        var excerpt = body.Length > 200 ? body[..200] + "…" : body;
        return new KubernetesStatus(httpStatus, "", excerpt.ReplaceLineEndings(" ").Trim());
    }

    public static string AnnotationsPatch(IReadOnlyDictionary<string, string?> annotations)
    {
        var values = new JsonObject();
        foreach (var (key, value) in annotations.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            values[key] = value is null ? null : JsonValue.Create(value);
        }

        var patch = new JsonObject { ["metadata"] = new JsonObject { ["annotations"] = values } };
        return patch.ToJsonString();
    }

    private static KubernetesStatus ReadStatus(JsonElement obj, int fallbackCode)
    {
        var code = obj.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var value) ? value : fallbackCode;
        return new KubernetesStatus(code, String(obj, "reason") ?? "", String(obj, "message") ?? "");
    }

    private static JsonElement Object(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : throw Protocol($"'{name}' is missing or not an object");

    private static string? String(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<KeyValuePair<string, string>> Pairs(JsonElement parent, string name)
    {
        var result = new List<KeyValuePair<string, string>>();
        if (parent.TryGetProperty(name, out var map) && map.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in map.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String)
                {
                    result.Add(new(property.Name, property.Value.GetString()!));
                }
            }
        }

        return result;
    }

    private static KubernetesApiException Protocol(string detail) =>
        new(KubernetesFailureKind.Protocol, "the Kubernetes API answered with unexpected JSON: " + detail);
}
