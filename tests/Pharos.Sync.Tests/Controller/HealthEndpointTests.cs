using System.Net;
using System.Net.Sockets;
using Pharos.Sync.Controller;
using Pharos.Sync.Tests.Controller.Support;
using Pharos.Sync.Tests.Translation;

namespace Pharos.Sync.Tests.Controller;

/// <summary>The probes' endpoint follows the controller: not live before it runs, ready once it has read and reconciled.</summary>
public sealed class HealthEndpointTests(ExampleCatalogFixture fixture) : IClassFixture<ExampleCatalogFixture>
{
    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Probes_FollowTheControllersLife()
    {
        var health = new ControllerHealth();
        var port = FreePort();
        await using var endpoint = HealthEndpoint.Start($"http://127.0.0.1:{port}/", health);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("metrics")).StatusCode);

        var source = new ManualSource();
        var reconciler = new RecordingReconciler();
        using var stop = new CancellationTokenSource();
        var controller = new SyncController(source, reconciler, new SyncControllerOptions { Health = health, DebounceDelay = TimeSpan.FromMilliseconds(20) });
        var run = controller.RunAsync(stop.Token);
        await Eventually.TrueAsync(() => health.IsLive, "the controller runs");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("readyz")).StatusCode);

        source.Set(ConfigMaps.Document(fixture.Target("settlement-batch", "int-stable")));
        await Eventually.TrueAsync(() => reconciler.Count == 1, "the reconcile ran");
        var ready = await http.GetAsync("readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.StartsWith("ok: running: True; source ready: True; last reconcile: ", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await stop.CancelAsync();
        await run;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("healthz")).StatusCode);
    }
}
