using Pharos.Dynatrace.Http;
using Pharos.Dynatrace.Metrics;
using Pharos.Dynatrace.Settings;
using Pharos.Dynatrace.Tests.Support;

namespace Pharos.Dynatrace.Tests.Http;

public class ObservabilityTests
{
    [Fact]
    public async Task Counter_MixedOperations_CountsByMethodAndTemplateAndWrites()
    {
        var t = new TestClient();
        t.Handler.Respond(200, """{"objectId":"o1","value":{}}""")
            .Respond(200, """{"objectId":"o2","value":{}}""")
            .Respond(200, """[{"code":200}]""")
            .Respond(429)
            .Respond(200, """[{"code":200,"objectId":"o3"}]""")
            .Respond(204);
        var value = System.Text.Json.JsonDocument.Parse("{}").RootElement;

        await t.Client.Settings.GetObjectAsync("o1", CancellationToken.None);
        await t.Client.Settings.GetObjectAsync("o2", CancellationToken.None);
        await t.Client.Settings.CreateObjectsAsync([new SettingsObjectCreate("s", "environment", value)], new SettingsCreateOptions { ValidateOnly = true }, CancellationToken.None);
        await t.Client.Settings.CreateObjectsAsync([new SettingsObjectCreate("s", "environment", value) { ExternalId = "e" }], SettingsCreateOptions.Default, CancellationToken.None);
        await t.Client.Settings.DeleteObjectAsync("o3", null, CancellationToken.None);

        Assert.Equal(6, t.Client.Requests.Total);
        Assert.Equal(3, t.Client.Requests.Writes);
        Assert.Equal(1, t.Client.Requests.Retries);
        Assert.Equal(
            [
                new RequestTally("POST", "/settings/objects", 3, 2, 1),
                new RequestTally("DELETE", "/settings/objects/{objectId}", 1, 1, 0),
                new RequestTally("GET", "/settings/objects/{objectId}", 2, 0, 0),
            ],
            t.Client.Requests.Snapshot());
        Assert.Equal(2, t.Client.Requests.RequestsFor("GET", SettingsApi.ObjectTemplate));
    }

    [Fact]
    public async Task Counter_Shared_TotalsAcrossClientsAndResets()
    {
        var counter = new DynatraceRequestCounter();
        var handler = new FakeHttpHandler().Respond(200, """{"totalCount":0,"result":[]}""").Respond(200, """{"totalCount":0,"result":[]}""");
        var connection = new TestClient().Connection;
        var options = new DynatraceClientOptions { Counter = counter };
        var first = new DynatraceClient(new HttpClient(handler), connection, options);
        var second = new DynatraceClient(new HttpClient(handler), connection, options);

        await first.Metrics.QueryAsync(new MetricQuery("m"), CancellationToken.None);
        await second.Metrics.QueryAsync(new MetricQuery("m"), CancellationToken.None);

        Assert.Equal(2, counter.Total);
        Assert.Same(counter, first.Requests);
        counter.Reset();
        Assert.Equal(0, counter.Total);
        Assert.Empty(counter.Snapshot());
    }

    [Fact]
    public async Task OnExchange_EachAttempt_ReportsPathTemplateStatusAndDelay()
    {
        var t = new TestClient();
        t.Handler.Respond(503).Respond(200, """{"objectId":"vu9U","value":{}}""");

        await t.Client.Settings.GetObjectAsync("vu9U", CancellationToken.None);

        Assert.Equal(2, t.Exchanges.Count);
        var first = t.Exchanges[0];
        Assert.Equal("GET", first.Method);
        Assert.Equal("/api/v2/settings/objects/vu9U", first.Path);
        Assert.Equal("/settings/objects/{objectId}", first.PathTemplate);
        Assert.Equal(503, first.StatusCode);
        Assert.Equal(DynatraceFailureKind.Unavailable, first.Failure);
        Assert.Equal(TimeSpan.FromMilliseconds(250), first.RetryDelay);
        Assert.False(first.IsWrite);
        Assert.Equal(new HttpExchange("GET", "/api/v2/settings/objects/vu9U", "/settings/objects/{objectId}", 2, 200, null, TimeSpan.Zero, null, false), t.Exchanges[1]);
    }

    [Fact]
    public async Task OnExchange_HookThrows_OperationFails()
    {
        var t = new TestClient();
        t.Handler.Respond(200, """{"totalCount":0,"result":[]}""");
        var client = new DynatraceClient(new HttpClient(t.Handler), t.Connection, new DynatraceClientOptions { OnExchange = _ => throw new InvalidOperationException("hook") });

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.Metrics.QueryAsync(new MetricQuery("m"), CancellationToken.None));
    }

    [Fact]
    public async Task MaxConcurrentRequests_ManyCallers_NeverMoreInFlight()
    {
        var t = new TestClient(maxConcurrentRequests: 2);
        var inFlight = 0;
        var peak = 0;
        for (var i = 0; i < 8; i++)
        {
            t.Handler.Enqueue(async (_, _) =>
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref peak, now);
                await Task.Delay(20);
                Interlocked.Decrement(ref inFlight);
                return new HttpResponseMessage(System.Net.HttpStatusCode.OK)
                {
                    Content = new StringContent("""{"totalCount":0,"result":[]}"""),
                };
            });
        }

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => t.Client.Metrics.QueryAsync(new MetricQuery("m"), CancellationToken.None)));

        Assert.Equal(8, t.Handler.Requests.Count);
        Assert.InRange(peak, 1, 2);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
