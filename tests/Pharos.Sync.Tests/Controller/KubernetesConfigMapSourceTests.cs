using Pharos.Catalog.Output;
using Pharos.Sync.Controller;
using Pharos.Sync.Controller.Kubernetes;
using Pharos.Sync.Tests.Controller.Support;

namespace Pharos.Sync.Tests.Controller;

/// <summary>The Kubernetes source against the in-test API server: list, watch, resume, relist, selectors, status write-back.</summary>
public sealed class KubernetesConfigMapSourceTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string> Selected = new(StringComparer.Ordinal) { ["monitoring.tool"] = "dynatrace", ["monitoring.primary"] = "true", ["app"] = "svc" };
    private FakeKubernetesApiServer _server = null!;
    private KubernetesHttpClient _client = null!;
    private readonly CancellationTokenSource _stop = new();
    private readonly RecordingObserver _observer = new();
    private KubernetesConfigMapSource _source = null!;
    private Task _running = Task.CompletedTask;

    public async Task InitializeAsync()
    {
        _server = await FakeKubernetesApiServer.StartAsync();
        _client = new KubernetesHttpClient(new KubernetesConnection(_server.Url, "test") { Token = new StaticBearerToken(FakeKubernetesApiServer.Token) });
        _source = new KubernetesConfigMapSource(_client, new KubernetesSourceOptions { RetryMinDelay = TimeSpan.FromMilliseconds(20), RetryMaxDelay = TimeSpan.FromMilliseconds(200), PageSize = 2 });
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
            // The source ends by cancellation.
        }

        _client.Dispose();
        await _server.DisposeAsync();
        _stop.Dispose();
    }

    private static Dictionary<string, string> Data(string json) => new(StringComparer.Ordinal) { [ApplicationJsonReader.DataKey] = json };

    private void Start() => _running = _source.RunAsync(_observer, _stop.Token);

    private IReadOnlyList<string> Keys() => _source.Current?.Documents.Select(d => d.Key).ToList() ?? [];

    private string? Json(string key) => _source.Current?.Documents.SingleOrDefault(d => d.Key == key)?.ConfigMap?.ApplicationJson;

    private Task WatchOpenAsync() => Eventually.TrueAsync(() => _server.OpenWatches > 0, "the source watches");

    [Fact]
    public async Task Run_AddModifyDelete_PropagateToTheSnapshot()
    {
        _server.Put("ns-a", "a", Selected, Data("{\"v\":1}"));
        _server.Put("ns-b", "b", Selected, Data("{\"v\":1}"));
        _server.Put("ns-c", "c", Selected, Data("{\"v\":1}"));
        Start();
        await Eventually.TrueAsync(() => Keys().Count == 3, "the first list is in");
        Assert.Contains(_server.Requests, r => r.Contains("continue=", StringComparison.Ordinal));
        await WatchOpenAsync();

        _server.Put("ns-a", "a", Selected, Data("{\"v\":2}"));
        await Eventually.TrueAsync(() => Json("ns-a/a") == "{\"v\":2}", "the modification arrives");
        _server.Delete("ns-b", "b");
        await Eventually.TrueAsync(() => !Keys().Contains("ns-b/b"), "the deletion arrives");
        _server.Put("ns-d", "d", Selected, Data("{\"v\":1}"));
        await Eventually.TrueAsync(() => Keys().Contains("ns-d/d"), "the addition arrives");

        Assert.Equal(["ns-a/a", "ns-c/c", "ns-d/d"], Keys());
        var watch = Assert.Single(_server.Requests, r => r.Contains("watch=true", StringComparison.Ordinal));
        Assert.Contains("labelSelector=monitoring.tool%3Ddynatrace%2Cmonitoring.primary%3Dtrue", watch, StringComparison.Ordinal);
        Assert.Contains("allowWatchBookmarks=true", watch, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BeforeTheFirstList_HasNoSnapshot()
    {
        _server.AcceptedToken = "another-token";
        Start();
        await Eventually.TrueAsync(() => _observer.Events.Count(e => e.Kind == ControllerEventKind.SourceError) >= 2, "the source retries");

        Assert.Null(_source.Current);
        Assert.Equal(0, _observer.Changes);
        var error = _observer.Events.First(e => e.Kind == ControllerEventKind.SourceError).Message;
        Assert.Contains("HTTP 401", error, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeKubernetesApiServer.Token, string.Join("\n", _observer.Events), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_LabelSelector_OnlySelectedConfigMapsAndLabelChangesAddOrRemove()
    {
        var notPrimary = new Dictionary<string, string>(Selected) { ["monitoring.primary"] = "false" };
        _server.Put("ns", "primary", Selected, Data("{}"));
        _server.Put("ns", "secondary", notPrimary, Data("{}"));
        _server.Put("ns", "unlabelled", new Dictionary<string, string>(), Data("{}"));
        Start();
        await Eventually.TrueAsync(() => _source.Current is not null, "the first list is in");
        Assert.Equal(["ns/primary"], Keys());
        await WatchOpenAsync();

        _server.Put("ns", "secondary", Selected, Data("{}"));
        await Eventually.TrueAsync(() => Keys().Contains("ns/secondary"), "a ConfigMap labelled into the selection arrives");
        _server.Put("ns", "primary", notPrimary, Data("{}"));
        await Eventually.TrueAsync(() => !Keys().Contains("ns/primary"), "a ConfigMap labelled out of the selection leaves");

        Assert.Equal(["ns/secondary"], Keys());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Run_ResourceVersionTooOld_ListsAgainAndSeesMissedDeletions(bool goneAsErrorEvent)
    {
        _server.GoneAsErrorEvent = goneAsErrorEvent;
        _server.Put("ns", "kept", Selected, Data("{}"));
        _server.Put("ns", "deleted-while-away", Selected, Data("{}"));
        Start();
        await Eventually.TrueAsync(() => Keys().Count == 2, "the first list is in");
        await WatchOpenAsync();

        // The source misses a deletion, then the history it would resume from is compacted away.
        _server.Delete("ns", "deleted-while-away", notifyWatches: false);
        _server.Compact();
        _server.DropWatches(abort: false);
        await Eventually.TrueAsync(() => Keys().SequenceEqual(["ns/kept"]), "a relist drops what the watch missed");

        Assert.Equal(2, _server.Requests.Count(r => r.StartsWith("GET /api/v1/configmaps?labelSelector", StringComparison.Ordinal) && !r.Contains("watch=true", StringComparison.Ordinal) && !r.Contains("continue=", StringComparison.Ordinal)));
        Assert.Contains(_observer.Events, e => e.Kind == ControllerEventKind.Relisting && e.Message.Contains("too old resource version", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Run_ServerDropsTheStream_ResumesFromTheLastResourceVersion(bool abort)
    {
        _server.Put("ns", "a", Selected, Data("{\"v\":1}"));
        Start();
        await WatchOpenAsync();
        var seen = _server.Put("ns", "a", Selected, Data("{\"v\":2}"));
        await Eventually.TrueAsync(() => Json("ns/a") == "{\"v\":2}", "the modification arrives");

        _server.DropWatches(abort);
        await Eventually.TrueAsync(() => _server.Requests.Count(r => r.Contains("watch=true", StringComparison.Ordinal)) == 2 && _server.OpenWatches > 0, "the source watches again");
        _server.Put("ns", "b", Selected, Data("{}"));
        await Eventually.TrueAsync(() => Keys().Contains("ns/b"), "changes after the reconnect arrive");

        var resumed = _server.Requests.Last(r => r.Contains("watch=true", StringComparison.Ordinal));
        Assert.Contains($"resourceVersion={seen}&", resumed, StringComparison.Ordinal);
        Assert.Single(_server.Requests, r => r.Contains("labelSelector", StringComparison.Ordinal) && !r.Contains("watch=true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_Bookmark_MovesTheResumePointWithoutAChange()
    {
        _server.Put("ns", "a", Selected, Data("{}"));
        Start();
        await WatchOpenAsync();
        _server.Put("ns", "unselected", new Dictionary<string, string>(), Data("{}"));
        var changes = _observer.Changes;

        _server.SendBookmark();
        var bookmark = _server.ResourceVersion;
        _server.DropWatches(abort: false); // A graceful end still delivers the bookmark first.
        await Eventually.TrueAsync(() => _server.Requests.Count(r => r.Contains("watch=true", StringComparison.Ordinal)) == 2, "the source watches again");

        Assert.Contains($"resourceVersion={bookmark}&", _server.Requests.Last(r => r.Contains("watch=true", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(changes, _observer.Changes);
    }

    [Fact]
    public async Task Run_StatusWriteBack_ChangesOnlyAnnotationsAndIsNoContentChange()
    {
        _server.Put("ns", "a", Selected, Data("{}"));
        Start();
        await WatchOpenAsync();
        var document = _source.Current!.Documents.Single();
        var changes = _observer.Changes;

        Assert.True(await _source.WriteStatusAsync(document, DocumentStatus.Failure(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero), "PH1505: broken"), CancellationToken.None));
        Assert.Equal("failed", (string?)_server.Get("ns", "a")!["metadata"]!["annotations"]!["pharos.io/sync-status"]);
        Assert.True(await _source.WriteStatusAsync(document, DocumentStatus.Success(new DateTimeOffset(2025, 3, 1, 9, 30, 5, TimeSpan.Zero)), CancellationToken.None));
        // Watch events arrive in order: once b is in, the MODIFIED events of both patches were seen.
        _server.Put("ns", "b", Selected, Data("{}"));
        await Eventually.TrueAsync(() => _source.Current!.Documents.Count == 2, "b arrives after the patches");

        var stored = _server.Get("ns", "a")!;
        var annotations = stored["metadata"]!["annotations"]!.AsObject();
        Assert.Equal("synced", (string?)annotations["pharos.io/sync-status"]);
        Assert.Equal("2025-03-01T09:30:05Z", (string?)annotations["pharos.io/synced-at"]);
        Assert.False(annotations.ContainsKey("pharos.io/error"));
        Assert.Equal(Selected.Count, stored["metadata"]!["labels"]!.AsObject().Count);
        Assert.All(_server.Patches, p => Assert.Equal("application/merge-patch+json", p.ContentType));
        Assert.Equal("{\"metadata\":{\"annotations\":{\"pharos.io/error\":null,\"pharos.io/sync-status\":\"synced\",\"pharos.io/synced-at\":\"2025-03-01T09:30:05Z\"}}}", _server.Patches[^1].Body);
        Assert.Equal(changes + 1, _observer.Changes);
        Assert.Equal(document.ContentHash, _source.Current!.Documents.Single(d => d.Key == "ns/a").ContentHash);
    }

    [Fact]
    public async Task WriteStatus_Forbidden_ReportsTheRbacFixAndReturnsFalse()
    {
        _server.Put("ns", "a", Selected, Data("{}"));
        _server.ForbidPatch = true;
        Start();
        await Eventually.TrueAsync(() => _source.Current is not null, "the first list is in");

        var written = await _source.WriteStatusAsync(_source.Current!.Documents.Single(), DocumentStatus.Success(DateTimeOffset.UnixEpoch), CancellationToken.None);

        Assert.False(written);
        var warning = Assert.Single(_observer.Events, e => e.Kind == ControllerEventKind.StatusWriteFailed);
        Assert.Contains("HTTP 403", warning.Message, StringComparison.Ordinal);
        Assert.Contains("get, list, watch and patch on configmaps", warning.Message, StringComparison.Ordinal);
    }
}
