using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Pharos.Sync.Tests.Controller.Support;

internal sealed partial class FakeKubernetesApiServer
{
    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        lock (_gate)
        {
            Requests.Add($"{request.Method} {request.Path}{request.QueryString}");
        }

        if (AcceptedToken is not null && request.Headers.Authorization.ToString() != "Bearer " + AcceptedToken)
        {
            await StatusAsync(context, 401, "Unauthorized", "Unauthorized");
            return;
        }

        var collection = CollectionPath().Match(request.Path.Value ?? "");
        var single = ObjectPath().Match(request.Path.Value ?? "");
        if (request.Method == "GET" && collection.Success)
        {
            var ns = collection.Groups["ns"].Success ? collection.Groups["ns"].Value : null;
            var selector = LabelSelector.Parse(request.Query["labelSelector"].ToString());
            if (request.Query["watch"] == "true")
            {
                await WatchAsync(context, ns, selector);
            }
            else
            {
                await ListAsync(context, ns, selector);
            }
        }
        else if (request.Method == "PATCH" && single.Success)
        {
            await PatchAsync(context, single.Groups["ns"].Value, single.Groups["name"].Value);
        }
        else
        {
            await StatusAsync(context, 404, "NotFound", $"the server could not find the requested resource ({request.Method} {request.Path})");
        }
    }

    private async Task ListAsync(HttpContext context, string? ns, LabelSelector selector)
    {
        var limit = int.TryParse(context.Request.Query["limit"], out var l) && l > 0 ? l : int.MaxValue;
        var token = context.Request.Query["continue"].ToString();
        List<JsonObject> items;
        long version;
        lock (_gate)
        {
            if (token.Length > 0)
            {
                // Later pages come from the first page's snapshot, as the API server serves them.
                if (!_continues.Remove(token, out var rest))
                {
                    items = [];
                    version = -1;
                }
                else
                {
                    (items, version) = rest;
                }
            }
            else
            {
                items = _objects.Values.Where(o => (ns is null || (string?)o["metadata"]!["namespace"] == ns) && selector.Matches(o)).Select(o => o.DeepClone().AsObject()).ToList();
                version = _version;
            }
        }

        if (version < 0)
        {
            await StatusAsync(context, 410, "Expired", "The provided continue parameter is too old to display a consistent list result.");
            return;
        }

        string? next = null;
        if (items.Count > limit)
        {
            next = Guid.NewGuid().ToString("N");
            lock (_gate)
            {
                _continues[next] = (items.Skip(limit).ToList(), version);
            }

            items = items.Take(limit).ToList();
        }

        var metadata = new JsonObject { ["resourceVersion"] = Version(version) };
        if (next is not null)
        {
            metadata["continue"] = next;
        }

        var list = new JsonObject { ["kind"] = "ConfigMapList", ["apiVersion"] = "v1", ["metadata"] = metadata, ["items"] = new JsonArray([.. items]) };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(list.ToJsonString());
    }

    private async Task WatchAsync(HttpContext context, string? ns, LabelSelector selector)
    {
        var query = context.Request.Query;
        var from = long.TryParse(query["resourceVersion"], out var v) ? v : 0;
        var timeout = int.TryParse(query["timeoutSeconds"], out var t) ? TimeSpan.FromSeconds(t) : TimeSpan.FromMinutes(30);
        var watcher = new Watcher(context, selector, ns, query["allowWatchBookmarks"] == "true", Channel.CreateUnbounded<string>());
        var replay = new List<string>();
        var gone = false;
        lock (_gate)
        {
            if (from < _oldestWatchable)
            {
                gone = true;
            }
            else
            {
                foreach (var (version, old, current) in _history.Where(h => h.Version > from))
                {
                    var eventObject = current ?? DeletedAt(old!, version);
                    if (EventLine(selector, ns, old, current, eventObject) is { } line)
                    {
                        replay.Add(line);
                    }
                }

                _watchers.Add(watcher);
            }
        }

        var tooOld = $"too old resource version: {from} ({_oldestWatchable})";
        if (gone && !GoneAsErrorEvent)
        {
            await StatusAsync(context, 410, "Expired", tooOld);
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.StartAsync();
        if (gone)
        {
            await WriteLineAsync(context, new JsonObject { ["type"] = "ERROR", ["object"] = JsonNode.Parse(StatusJson(410, "Expired", tooOld)) }.ToJsonString());
            return;
        }

        using var ends = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        ends.CancelAfter(timeout);
        try
        {
            foreach (var line in replay)
            {
                await WriteLineAsync(context, line);
            }

            await foreach (var line in watcher.Lines.Reader.ReadAllAsync(ends.Token))
            {
                await WriteLineAsync(context, line);
            }
        }
        catch (OperationCanceledException)
        {
            // timeoutSeconds elapsed or the client went away: end the stream.
        }
        finally
        {
            lock (_gate)
            {
                _watchers.Remove(watcher);
            }
        }
    }

    private static JsonObject DeletedAt(JsonObject old, long version)
    {
        var copy = old.DeepClone().AsObject();
        copy["metadata"]!["resourceVersion"] = Version(version);
        return copy;
    }

    private static async Task WriteLineAsync(HttpContext context, string line)
    {
        await context.Response.WriteAsync(line + "\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    private async Task PatchAsync(HttpContext context, string ns, string name)
    {
        var contentType = context.Request.ContentType ?? "";
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        lock (_gate)
        {
            Patches.Add(($"{ns}/{name}", contentType, body));
        }

        if (ForbidPatch)
        {
            await StatusAsync(context, 403, "Forbidden", $"configmaps \"{name}\" is forbidden: User \"system:serviceaccount:pharos:pharos-sync\" cannot patch resource \"configmaps\" in API group \"\" in the namespace \"{ns}\"");
            return;
        }

        if (contentType.Split(';')[0].Trim() != "application/merge-patch+json")
        {
            await StatusAsync(context, 415, "UnsupportedMediaType", $"the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml (got {contentType})");
            return;
        }

        JsonObject updated;
        lock (_gate)
        {
            if (!_objects.TryGetValue($"{ns}/{name}", out var old))
            {
                updated = null!;
            }
            else
            {
                updated = old.DeepClone().AsObject();
                MergePatch(updated, JsonNode.Parse(body)!.AsObject());
                Commit($"{ns}/{name}", old, updated);
                updated = updated.DeepClone().AsObject();
            }
        }

        if (updated is null)
        {
            await StatusAsync(context, 404, "NotFound", $"configmaps \"{name}\" not found");
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(updated.ToJsonString());
    }

    /// <summary>RFC 7386: objects merge recursively, null deletes, anything else replaces.</summary>
    private static void MergePatch(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch.ToList())
        {
            if (value is null)
            {
                target.Remove(key);
            }
            else if (value is JsonObject patchObject)
            {
                if (target[key] is not JsonObject targetObject)
                {
                    targetObject = new JsonObject();
                    target[key] = targetObject;
                }

                MergePatch(targetObject, patchObject);
            }
            else
            {
                target[key] = value.DeepClone();
            }
        }
    }

    [GeneratedRegex("^/api/v1/(namespaces/(?<ns>[^/]+)/)?configmaps$")]
    private static partial Regex CollectionPath();

    [GeneratedRegex("^/api/v1/namespaces/(?<ns>[^/]+)/configmaps/(?<name>[^/]+)$")]
    private static partial Regex ObjectPath();
}
