using Pharos.Catalog.Output;
using Pharos.Core.Diagnostics;
using Pharos.Sync.Controller;
using Pharos.Sync.Controller.Kubernetes;
using Pharos.Sync.Tests.Controller.Support;
using Pharos.Sync.Tests.Translation;

namespace Pharos.Sync.Tests.Controller;

/// <summary>The controller loop: debounce, one reconcile at a time, per-ConfigMap status, last good content, retries, stopping.</summary>
public sealed class SyncControllerTests(ExampleCatalogFixture fixture) : IClassFixture<ExampleCatalogFixture>
{
    private static SyncControllerOptions Fast(List<ControllerEvent>? events = null) => new()
    {
        DebounceDelay = TimeSpan.FromMilliseconds(50),
        MaxDebounceDelay = TimeSpan.FromSeconds(2),
        RetryMinDelay = TimeSpan.FromMilliseconds(50),
        RetryMaxDelay = TimeSpan.FromMilliseconds(200),
        OnEvent = e =>
        {
            if (events is not null)
            {
                lock (events)
                {
                    events.Add(e);
                }
            }
        },
    };

    private SourceDocument Payments(string region, string? json = null) => ConfigMaps.Document(fixture.Target("payment-processor", "prod", region), json);

    private SourceDocument Settlement() => ConfigMaps.Document(fixture.Target("settlement-batch", "int-stable"));

    private static async Task<(CancellationTokenSource Stop, Task Run)> StartAsync(SyncController controller)
    {
        var stop = new CancellationTokenSource();
        var run = controller.RunAsync(stop.Token);
        await Eventually.TrueAsync(() => controller.Health.IsLive, "the controller runs");
        return (stop, run);
    }

    private static async Task StopAsync((CancellationTokenSource Stop, Task Run) running)
    {
        await running.Stop.CancelAsync();
        await running.Run.WaitAsync(TimeSpan.FromSeconds(10));
        running.Stop.Dispose();
    }

    private static List<(string Key, DocumentStatus Status)> Statuses(ManualSource source)
    {
        lock (source.Statuses)
        {
            return [.. source.Statuses];
        }
    }

    [Fact]
    public async Task Run_Kubernetes_ReconcilesAddModifyDeleteAndAnnotatesEachConfigMap()
    {
        await using var server = await FakeKubernetesApiServer.StartAsync();
        using var client = new KubernetesHttpClient(new KubernetesConnection(server.Url, "test") { Token = new StaticBearerToken(FakeKubernetesApiServer.Token) });
        var euw1 = fixture.Target("payment-processor", "prod", "euw1");
        var euw2 = fixture.Target("payment-processor", "prod", "euw2");
        var settlement = fixture.Target("settlement-batch", "int-stable");
        foreach (var target in new[] { euw1, euw2, settlement })
        {
            ConfigMaps.Put(server, target);
        }

        var reconciler = new RecordingReconciler();
        var controller = new SyncController(new KubernetesConfigMapSource(client), reconciler, Fast());
        var running = await StartAsync(controller);

        await Eventually.TrueAsync(() => reconciler.Count == 1, "the first reconcile ran");
        Assert.Equal(["payment-processor/euw1", "payment-processor/euw2", "settlement-batch/euw1"], reconciler.Last.Targets.Select(t => $"{t.Service}/{t.Region}"));
        await Eventually.TrueAsync(() => new[] { euw1, euw2, settlement }.All(t => (string?)server.Get(t.Namespace, t.ConfigMapName)!["metadata"]!["annotations"]?["pharos.io/sync-status"] == "synced"), "every ConfigMap is annotated synced");

        var modified = ManifestWriter.ApplicationJson(euw2).Replace("payment_success_rate < 95", "payment_success_rate < 90", StringComparison.Ordinal);
        Assert.NotEqual(ManifestWriter.ApplicationJson(euw2), modified);
        ConfigMaps.Put(server, euw2, json: modified);
        await Eventually.TrueAsync(() => reconciler.Count == 2, "the modification is reconciled");
        var rule = reconciler.Last.Targets.Single(t => t.Region == "euw2").AlertRules.Single(r => r.Value.Name == "PaymentSuccessRateLow");
        Assert.Contains("< 90", rule.Value.Condition!.Value.Value, StringComparison.Ordinal);

        server.Delete(settlement.Namespace, settlement.ConfigMapName);
        await Eventually.TrueAsync(() => reconciler.Count == 3, "the deletion is reconciled");
        Assert.DoesNotContain(reconciler.Last.Targets, t => t.Service == "settlement-batch");

        // The status patches produce MODIFIED events; they must not start reconciles of their own.
        await Task.Delay(300);
        Assert.Equal(3, reconciler.Count);
        Assert.Equal(1, reconciler.MaxConcurrent);
        await StopAsync(running);
    }

    [Fact]
    public async Task Run_TargetFailure_FailsOnlyThatServiceThenClearsOnRetry()
    {
        var source = new ManualSource();
        source.Set(Payments("euw1"), Payments("euw2"), Settlement());
        var calls = 0;
        var reconciler = new RecordingReconciler
        {
            Outcome = _ => Interlocked.Increment(ref calls) == 1
                ? ReconcileOutcome.Success with { Failures = [new TargetFailure("payment-processor", "prod", "builtin:alerting.profile: HTTP 400 constraint violated")] }
                : ReconcileOutcome.Success,
        };
        var running = await StartAsync(new SyncController(source, reconciler, Fast()));
        await Eventually.TrueAsync(() => Statuses(source).Count == 5, "the failures, then the retry's successes, are written");

        var first = Statuses(source).Take(3).ToDictionary(s => s.Key, s => s.Status);
        Assert.False(first[Payments("euw1").Key].Synced);
        Assert.Equal("builtin:alerting.profile: HTTP 400 constraint violated", first[Payments("euw2").Key].Error);
        Assert.True(first[Settlement().Key].Synced);
        var retried = Statuses(source).Skip(3).ToList();
        Assert.Equal([Payments("euw1").Key, Payments("euw2").Key], retried.Select(s => s.Key).Order(StringComparer.Ordinal));
        Assert.All(retried, s => Assert.True(s.Status.Synced));
        Assert.Equal(2, reconciler.Count);
        await StopAsync(running);
    }

    [Fact]
    public async Task Run_ErrorDiagnosticInAConfigMap_FailsThatConfigMap()
    {
        var source = new ManualSource();
        source.Set(Payments("euw1"), Settlement());
        var located = new Diagnostic("PH3010", Severity.Error, "missing webhook", new Pharos.Core.Diagnostics.SourceLocation(Settlement().File, 40, 7));
        var reconciler = new RecordingReconciler { Outcome = _ => ReconcileOutcome.FromDiagnostics([located]) };
        var running = await StartAsync(new SyncController(source, reconciler, Fast()));
        await Eventually.TrueAsync(() => Statuses(source).Count == 2, "statuses are written");

        var statuses = Statuses(source).ToDictionary(s => s.Key, s => s.Status);
        Assert.True(statuses[Payments("euw1").Key].Synced);
        Assert.Equal($"{Settlement().File}:40:7: error PH3010: missing webhook", statuses[Settlement().Key].Error);
        await StopAsync(running);
    }

    [Fact]
    public async Task Run_ConfigMapBecomesInvalid_KeepsItsLastGoodTargetAndReportsWhy()
    {
        var source = new ManualSource();
        var events = new List<ControllerEvent>();
        source.Set(Payments("euw1"), Settlement());
        var reconciler = new RecordingReconciler();
        var running = await StartAsync(new SyncController(source, reconciler, Fast(events)));
        await Eventually.TrueAsync(() => reconciler.Count == 1, "the first reconcile ran");

        source.Set(Payments("euw1", json: "{ \"metadata\": "), Settlement());
        await Eventually.TrueAsync(() => reconciler.Count == 2, "the broken edit is reconciled");

        Assert.Equal(reconciler.Calls[0].Targets, reconciler.Last.Targets);
        Assert.Empty(reconciler.Last.Withheld);
        await Eventually.TrueAsync(() => Statuses(source).Any(s => !s.Status.Synced), "the failure is written");
        var failed = Statuses(source).Single(s => !s.Status.Synced);
        Assert.Equal(Payments("euw1").Key, failed.Key);
        Assert.Contains("error PH1505: application.json is not valid JSON", failed.Status.Error, StringComparison.Ordinal);
        lock (events)
        {
            Assert.Contains(events, e => e.Kind == ControllerEventKind.DocumentInvalid && e.Message.Contains("its last good content stays in effect", StringComparison.Ordinal));
        }

        await StopAsync(running);
    }

    [Fact]
    public async Task Run_UnreadableNewConfigMap_IsWithheldAndItsServiceProtected()
    {
        var source = new ManualSource();
        source.Set(Payments("euw1", json: "[]"), Settlement());
        var reconciler = new RecordingReconciler();
        var running = await StartAsync(new SyncController(source, reconciler, Fast()));
        await Eventually.TrueAsync(() => reconciler.Count == 1, "the reconcile ran");

        var withheld = Assert.Single(reconciler.Last.Withheld);
        Assert.Equal(("payment-processor", "prod"), (withheld.Service, withheld.Environment));
        Assert.Contains("PH1506", withheld.Reason, StringComparison.Ordinal);
        Assert.Equal(["payment-processor"], reconciler.Last.ProtectedServices);
        Assert.Equal(["settlement-batch"], reconciler.Last.Targets.Select(t => t.Service));
        await StopAsync(running);
    }

    [Fact]
    public async Task PH1513_same_target_in_two_configmaps_withholds_both()
    {
        var source = new ManualSource();
        var stray = ConfigMaps.Document(fixture.Target("payment-processor", "prod", "euw1"), @namespace: "old-namespace");
        source.Set(Payments("euw1"), stray, Settlement());
        var reconciler = new RecordingReconciler();
        var running = await StartAsync(new SyncController(source, reconciler, Fast()));
        await Eventually.TrueAsync(() => Statuses(source).Count == 3, "statuses are written");

        Assert.Equal(["settlement-batch"], reconciler.Last.Targets.Select(t => t.Service));
        Assert.Equal(2, reconciler.Last.Withheld.Count);
        var failed = Statuses(source).Single(s => s.Key == stray.Key).Status;
        Assert.Contains("error PH1513: service 'payment-processor' in prod/euw1 is also described by prod-payment-processor-euw1-stable/payment-processor-dynatrace-config", failed.Error, StringComparison.Ordinal);
        Assert.Contains("delete the stray copy", failed.Error, StringComparison.Ordinal);
        await StopAsync(running);
    }

    [Fact]
    public async Task Run_ChangesDuringASlowReconcile_NeverOverlapAndTheLastStateWins()
    {
        var source = new ManualSource();
        source.Set(Settlement());
        var reconciler = new RecordingReconciler { Delay = TimeSpan.FromMilliseconds(150) };
        var running = await StartAsync(new SyncController(source, reconciler, Fast() with { DebounceDelay = TimeSpan.FromMilliseconds(10) }));
        await Eventually.TrueAsync(() => reconciler.Count == 1, "the first reconcile ran");

        for (var i = 0; i < 6; i++)
        {
            source.Set(Settlement(), ConfigMaps.Document(fixture.Target("payment-processor", "prod", "euw1"), json: ManifestWriter.ApplicationJson(fixture.Target("payment-processor", "prod", "euw1")) + new string(' ', i)));
            await Task.Delay(60);
        }

        await Eventually.TrueAsync(() => reconciler.Count > 1 && reconciler.Last.Snapshot.Fingerprint == source.Current!.Fingerprint, "the last change is reconciled");
        Assert.Equal(1, reconciler.MaxConcurrent);
        await StopAsync(running);
    }

    [Fact]
    public async Task Run_BurstOfChanges_IsOneDebouncedReconcile()
    {
        var source = new ManualSource();
        source.Set(Settlement());
        var reconciler = new RecordingReconciler();
        var running = await StartAsync(new SyncController(source, reconciler, Fast() with { DebounceDelay = TimeSpan.FromMilliseconds(400) }));
        await Eventually.TrueAsync(() => reconciler.Count == 1, "the first reconcile ran");

        for (var i = 1; i <= 10; i++)
        {
            source.Set(Settlement(), Payments("euw1", json: ManifestWriter.ApplicationJson(fixture.Target("payment-processor", "prod", "euw1")) + new string(' ', i)));
        }

        await Eventually.TrueAsync(() => reconciler.Count == 2, "the burst is reconciled");
        await Task.Delay(800);
        Assert.Equal(2, reconciler.Count);
        Assert.Equal(source.Current!.Fingerprint, reconciler.Last.Snapshot.Fingerprint);
        await StopAsync(running);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Run_NoConfigMapsAtAll_ReconcilesOnlyWhenAllowed(bool allowEmpty)
    {
        var source = new ManualSource();
        var events = new List<ControllerEvent>();
        source.Set();
        var reconciler = new RecordingReconciler();
        var running = await StartAsync(new SyncController(source, reconciler, Fast(events) with { AllowEmptyDesiredState = allowEmpty }));

        await Eventually.TrueAsync(() => { lock (events) { return events.Any(e => e.Kind is ControllerEventKind.ReconcileRefused or ControllerEventKind.ReconcileSucceeded); } }, "the controller decides");
        Assert.Equal(allowEmpty ? 1 : 0, reconciler.Count);
        lock (events)
        {
            Assert.Equal(!allowEmpty, events.Any(e => e.Kind == ControllerEventKind.ReconcileRefused && e.Message.Contains("would delete every object Pharos owns", StringComparison.Ordinal)));
        }

        await StopAsync(running);
    }

    [Fact]
    public async Task Run_ReconcilerThrows_FailsEveryStatusAndRetries()
    {
        var source = new ManualSource();
        source.Set(Settlement());
        var calls = 0;
        var reconciler = new RecordingReconciler
        {
            Outcome = _ => Interlocked.Increment(ref calls) == 1 ? throw new HttpRequestException("tenant unreachable") : ReconcileOutcome.Success,
        };
        var controller = new SyncController(source, reconciler, Fast());
        var running = await StartAsync(controller);

        await Eventually.TrueAsync(() => Statuses(source).Count == 2, "the failure and then the success are written");
        Assert.Equal("the reconcile failed with HttpRequestException: tenant unreachable", Statuses(source)[0].Status.Error);
        Assert.True(Statuses(source)[1].Status.Synced);
        Assert.True(controller.Health.IsReady);
        await StopAsync(running);
    }

    [Fact]
    public async Task Run_ResyncInterval_ReconcilesAgainWithoutChanges()
    {
        var source = new ManualSource();
        source.Set(Settlement());
        var reconciler = new RecordingReconciler();
        var running = await StartAsync(new SyncController(source, reconciler, Fast() with { ResyncInterval = TimeSpan.FromMilliseconds(100) }));

        await Eventually.TrueAsync(() => reconciler.Count >= 3, "periodic reconciles run");
        Assert.Single(Statuses(source)); // Unchanged status is not written again.
        await StopAsync(running);
    }

    [Fact]
    public async Task Run_Cancelled_StopsTheSourceAndReturnsNormally()
    {
        var source = new ManualSource();
        var events = new List<ControllerEvent>();
        source.Set(Settlement());
        var controller = new SyncController(source, new RecordingReconciler(), Fast(events));
        var running = await StartAsync(controller);
        await source.Started.Task;

        await StopAsync(running);

        Assert.True(source.Stopped);
        Assert.False(controller.Health.IsLive);
        Assert.Contains(events, e => e.Kind == ControllerEventKind.Stopped);
    }

    [Fact]
    public async Task Run_Twice_IsRefused()
    {
        var controller = new SyncController(new ManualSource(), new RecordingReconciler(), Fast());
        var running = await StartAsync(controller);

        await Assert.ThrowsAsync<InvalidOperationException>(() => controller.RunAsync(CancellationToken.None));
        await StopAsync(running);
    }
}
