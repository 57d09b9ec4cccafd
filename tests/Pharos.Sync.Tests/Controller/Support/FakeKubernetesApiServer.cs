using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pharos.Sync.Tests.Controller.Support;

/// <summary>
/// A small Kubernetes API server for ConfigMaps on Kestrel (127.0.0.1, port 0), following the
/// documented list/watch contract: lists carry metadata.resourceVersion and page with
/// limit/continue; a watch replays the changes after its resourceVersion (as ADDED/MODIFIED/DELETED
/// relative to the label selector), then streams new ones as newline-delimited JSON, sends
/// BOOKMARKs when allowed and asked, ends after timeoutSeconds, and answers 410 Gone (a Status
/// object, as the HTTP status or as an ERROR event) for a resourceVersion older than its history.
/// PATCH applies a JSON merge patch. Every request needs the bearer token.
/// </summary>
internal sealed partial class FakeKubernetesApiServer : IAsyncDisposable
{
    public const string Token = "fake-k8s-token-7f3a9c2e51d84b60";
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, JsonObject> _objects = new(StringComparer.Ordinal);
    private readonly List<(long Version, JsonObject? Old, JsonObject? New)> _history = [];
    private readonly List<Watcher> _watchers = [];
    private readonly Dictionary<string, (List<JsonObject> Items, long Version)> _continues = new(StringComparer.Ordinal);
    private WebApplication _app = null!;
    private long _version = 1000;
    private long _oldestWatchable = 1000;

    public Uri Url { get; private set; } = null!;

    /// <summary>The token requests must carry; null accepts requests without one (client-certificate tests).</summary>
    public string? AcceptedToken { get; set; } = Token;

    /// <summary>410 for a too-old resourceVersion as an ERROR event in a 200 stream (true) or as the HTTP status (false).</summary>
    public bool GoneAsErrorEvent { get; set; } = true;

    public bool ForbidPatch { get; set; }

    public List<string> Requests { get; } = [];

    public List<(string Key, string ContentType, string Body)> Patches { get; } = [];

    public int OpenWatches
    {
        get
        {
            lock (_gate)
            {
                return _watchers.Count;
            }
        }
    }

    public static async Task<FakeKubernetesApiServer> StartAsync(Action<HttpsConnectionAdapterOptions>? https = null)
    {
        var server = new FakeKubernetesApiServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (https is not null)
            {
                listen.UseHttps(https);
            }
        }));
        server._app = builder.Build();
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        DropWatches(abort: true);
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Creates or replaces a ConfigMap's labels and data (annotations are kept); returns its new resourceVersion.</summary>
    public long Put(string ns, string name, IReadOnlyDictionary<string, string> labels, IReadOnlyDictionary<string, string> data)
    {
        lock (_gate)
        {
            var key = $"{ns}/{name}";
            _objects.TryGetValue(key, out var old);
            var updated = old?.DeepClone().AsObject() ?? new JsonObject
            {
                ["apiVersion"] = "v1",
                ["kind"] = "ConfigMap",
                ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = ns },
            };
            updated["metadata"]!["labels"] = ToJson(labels);
            updated["data"] = ToJson(data);
            return Commit(key, old, updated);
        }
    }

    /// <param name="notifyWatches">false simulates an event a disconnected client missed: only a relist reveals it.</param>
    public void Delete(string ns, string name, bool notifyWatches = true)
    {
        lock (_gate)
        {
            var key = $"{ns}/{name}";
            if (_objects.Remove(key, out var old))
            {
                var version = ++_version;
                var gone = old.DeepClone().AsObject();
                gone["metadata"]!["resourceVersion"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Record(version, old, null, gone, notifyWatches);
            }
        }
    }

    public JsonObject? Get(string ns, string name)
    {
        lock (_gate)
        {
            return _objects.TryGetValue($"{ns}/{name}", out var obj) ? obj.DeepClone().AsObject() : null;
        }
    }

    public long ResourceVersion
    {
        get
        {
            lock (_gate)
            {
                return _version;
            }
        }
    }

    /// <summary>Forgets the change history, as etcd compaction does: watches from any earlier version get 410 Gone.</summary>
    public void Compact()
    {
        lock (_gate)
        {
            _history.Clear();
            _oldestWatchable = _version;
        }
    }

    /// <summary>Sends a BOOKMARK at the current resourceVersion to every watch that allowed bookmarks.</summary>
    public void SendBookmark()
    {
        lock (_gate)
        {
            var line = new JsonObject
            {
                ["type"] = "BOOKMARK",
                ["object"] = new JsonObject { ["kind"] = "ConfigMap", ["apiVersion"] = "v1", ["metadata"] = new JsonObject { ["resourceVersion"] = Version(_version) } },
            }.ToJsonString();
            foreach (var watcher in _watchers.Where(w => w.Bookmarks))
            {
                watcher.Lines.Writer.TryWrite(line);
            }
        }
    }

    /// <summary>Ends every open watch: gracefully (the stream completes) or by aborting the connection.</summary>
    public void DropWatches(bool abort)
    {
        lock (_gate)
        {
            foreach (var watcher in _watchers)
            {
                if (abort)
                {
                    watcher.Context.Abort();
                }

                watcher.Lines.Writer.TryComplete();
            }
        }
    }

    private long Commit(string key, JsonObject? old, JsonObject updated)
    {
        var version = ++_version;
        updated["metadata"]!["resourceVersion"] = Version(version);
        _objects[key] = updated;
        Record(version, old, updated, updated);
        return version;
    }

    private void Record(long version, JsonObject? old, JsonObject? current, JsonObject eventObject, bool notifyWatches = true)
    {
        _history.Add((version, old, current));
        foreach (var watcher in notifyWatches ? _watchers : [])
        {
            if (EventLine(watcher.Selector, watcher.Namespace, old, current, eventObject) is { } line)
            {
                watcher.Lines.Writer.TryWrite(line);
            }
        }
    }

    /// <summary>The event a watcher with this selector sees for a change, or null when it sees none.</summary>
    private static string? EventLine(LabelSelector selector, string? ns, JsonObject? old, JsonObject? current, JsonObject eventObject)
    {
        bool Visible(JsonObject? o) => o is not null && (ns is null || (string?)o["metadata"]!["namespace"] == ns) && selector.Matches(o);
        var (before, after) = (Visible(old), Visible(current));
        var type = (before, after) switch
        {
            (false, true) => "ADDED",
            (true, true) => "MODIFIED",
            (true, false) => "DELETED",
            _ => null,
        };
        return type is null ? null : new JsonObject { ["type"] = type, ["object"] = eventObject.DeepClone() }.ToJsonString();
    }

    private static JsonObject ToJson(IReadOnlyDictionary<string, string> values)
    {
        var result = new JsonObject();
        foreach (var (key, value) in values)
        {
            result[key] = value;
        }

        return result;
    }

    private static string Version(long version) => version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task StatusAsync(HttpContext context, int code, string reason, string message)
    {
        context.Response.StatusCode = code;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(StatusJson(code, reason, message));
    }

    private static string StatusJson(int code, string reason, string message) => new JsonObject
    {
        ["kind"] = "Status",
        ["apiVersion"] = "v1",
        ["metadata"] = new JsonObject(),
        ["status"] = "Failure",
        ["message"] = message,
        ["reason"] = reason,
        ["code"] = code,
    }.ToJsonString();

    private sealed record Watcher(HttpContext Context, LabelSelector Selector, string? Namespace, bool Bookmarks, Channel<string> Lines);

}
