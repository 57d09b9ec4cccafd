using System.Net.Http;
using System.Net.Http.Headers;
using Pharos.Dynatrace.Errors;
using Pharos.Dynatrace.Http;
using Pharos.Dynatrace.Metrics;
using Pharos.Dynatrace.Tests.Support;

namespace Pharos.Dynatrace.Tests.Http;

/// <summary>The retry loop end to end: fake server, fake clock, no real waiting.</summary>
public class RetryBehaviourTests
{
    private const string MetricData = """{"totalCount":0,"resolution":"1m","warnings":[],"result":[]}""";

    private static Task<MetricData> Query(TestClient t) =>
        t.Client.Metrics.QueryAsync(new MetricQuery("builtin:host.cpu.usage"), CancellationToken.None);

    [Fact]
    public async Task Send_429WithRetryAfterSeconds_WaitsThatLongThenSucceeds()
    {
        var t = new TestClient();
        t.Handler.Respond(429, """{"error":{"code":429,"message":"Too many requests"}}""", r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)))
            .Respond(200, MetricData);

        await Query(t);

        Assert.Equal([TimeSpan.FromSeconds(7)], t.Clock.Waits);
        Assert.Equal(TimeSpan.FromSeconds(7), t.Clock.Elapsed);
        Assert.Equal(2, t.Handler.Requests.Count);
        Assert.Equal([429, 200], t.Exchanges.Select(e => e.StatusCode));
        Assert.Equal(TimeSpan.FromSeconds(7), t.Exchanges[0].RetryDelay);
        Assert.Null(t.Exchanges[1].RetryDelay);
        Assert.Equal(1, t.Client.Requests.Retries);
    }

    [Fact]
    public async Task Send_503WithRetryAfterDate_WaitsUntilThatDate()
    {
        var t = new TestClient();
        var at = t.Clock.GetUtcNow().AddSeconds(20);
        t.Handler.Respond(503, "", r => r.Headers.RetryAfter = new RetryConditionHeaderValue(at))
            .Respond(200, MetricData);

        await Query(t);

        Assert.Equal([TimeSpan.FromSeconds(20)], t.Clock.Waits);
    }

    [Fact]
    public async Task Send_RepeatedUnavailable_BacksOffExponentiallyWithJitter()
    {
        var t = new TestClient(retry: new DynatraceRetryOptions { BaseDelay = TimeSpan.FromSeconds(1), Jitter = () => 0.5 });
        t.Handler.Respond(503).Respond(502).Respond(504).Respond(200, MetricData);

        await Query(t);

        Assert.Equal([TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], t.Clock.Waits);
        Assert.Equal(TimeSpan.FromSeconds(3.5), t.Clock.Elapsed);
        Assert.Equal([1, 2, 3, 4], t.Exchanges.Select(e => e.Attempt));
    }

    [Fact]
    public async Task Send_AlwaysUnavailable_GivesUpAfterMaxAttempts()
    {
        var t = new TestClient(retry: new DynatraceRetryOptions { MaxAttempts = 3, Jitter = () => 0.5 });
        t.Handler.Respond(503).Respond(503).Respond(503, """{"error":{"code":503,"message":"Service paused"}}""");

        var ex = await Assert.ThrowsAsync<DynatraceApiException>(() => Query(t));

        Assert.Equal(3, t.Handler.Requests.Count);
        Assert.Equal(DynatraceFailureKind.Unavailable, ex.Kind);
        Assert.Equal(DynatraceRetryStop.AttemptsExhausted, ex.StopReason);
        Assert.Equal(3, ex.Attempts);
        Assert.Equal(503, ex.StatusCode);
        Assert.Equal("Service paused", ex.Error?.Message);
        Assert.Equal(
            "GET /api/v2/metrics/query failed: HTTP 503 Service Unavailable (Unavailable): Service paused (gave up after 3 attempts). "
            + "The request may have been applied; read the current state before repeating it.",
            ex.Message);
    }

    [Fact]
    public async Task Send_RetryAfterBeyondTimeBudget_GivesUpWithoutWaiting()
    {
        var t = new TestClient(retry: new DynatraceRetryOptions { MaxTotalTime = TimeSpan.FromSeconds(60) });
        t.Handler.Respond(429, "", r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(600)));

        var ex = await Assert.ThrowsAsync<DynatraceApiException>(() => Query(t));

        Assert.Equal(DynatraceRetryStop.TimeBudgetExhausted, ex.StopReason);
        Assert.Equal(DynatraceFailureKind.RateLimited, ex.Kind);
        Assert.Empty(t.Clock.Waits);
    }

    [Fact]
    public async Task Send_BudgetSpentByEarlierWaits_StopsBeforeMaxAttempts()
    {
        var t = new TestClient(retry: new DynatraceRetryOptions
        {
            MaxAttempts = 10, BaseDelay = TimeSpan.FromSeconds(10), MaxTotalTime = TimeSpan.FromSeconds(30), Jitter = () => 0.999,
        });
        for (var i = 0; i < 10; i++)
        {
            t.Handler.Respond(503);
        }

        var ex = await Assert.ThrowsAsync<DynatraceApiException>(() => Query(t));

        // Waits ≈ 10 s, 20 s: a third (≈ 40 s) would end after the 30 s budget.
        Assert.Equal(DynatraceRetryStop.TimeBudgetExhausted, ex.StopReason);
        Assert.Equal(2, t.Clock.Waits.Count);
        Assert.True(t.Clock.Elapsed <= TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Send_ConnectionRefused_IsRetriedEvenForIngest()
    {
        var t = new TestClient();
        t.Handler.Throw(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (abc12345.live.dynatrace.com:443)"))
            .Respond(202, """{"linesOk":1,"linesInvalid":0,"error":null,"warnings":null}""");

        var result = await t.Client.Metrics.IngestAsync("cpu.temp 1", CancellationToken.None);

        Assert.Equal(1, result.LinesOk);
        Assert.Equal([DynatraceFailureKind.ConnectFailure, null], t.Exchanges.Select(e => e.Failure));
    }

    [Fact]
    public async Task Send_TimeoutOnRepeatableGet_IsRetried()
    {
        var t = new TestClient();
        t.Handler.Throw(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout", new TimeoutException()))
            .Respond(200, MetricData);

        await Query(t);

        Assert.Equal(2, t.Handler.Requests.Count);
        Assert.Equal(DynatraceFailureKind.Timeout, t.Exchanges[0].Failure);
    }

    [Fact]
    public async Task Send_TimeoutOnIngest_IsNotRepeatedAndSaysOutcomeUnknown()
    {
        var t = new TestClient();
        t.Handler.Throw(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout", new TimeoutException()));

        var ex = await Assert.ThrowsAsync<DynatraceApiException>(() => t.Client.Metrics.IngestAsync("cpu.temp 1", CancellationToken.None));

        Assert.Single(t.Handler.Requests);
        Assert.Equal(DynatraceFailureKind.Timeout, ex.Kind);
        Assert.Equal(DynatraceRetryStop.NotSafeToRepeat, ex.StopReason);
        Assert.True(ex.OutcomeUnknown);
        Assert.Null(ex.StatusCode);
        Assert.IsType<TaskCanceledException>(ex.InnerException);
    }

    [Fact]
    public async Task Send_InternalServerError_NotRetriedByDefault()
    {
        var t = new TestClient();
        t.Handler.Respond(500, """{"error":{"code":500,"message":"Internal error"}}""");

        var ex = await Assert.ThrowsAsync<DynatraceApiException>(() => Query(t));

        Assert.Equal(DynatraceFailureKind.ServerError, ex.Kind);
        Assert.Equal(DynatraceRetryStop.NotRetryable, ex.StopReason);
        Assert.Single(t.Handler.Requests);
    }

    [Fact]
    public async Task Send_InternalServerErrorWithOptionOn_IsRetried()
    {
        var t = new TestClient(retry: new DynatraceRetryOptions { RetryServerErrors = true, Jitter = () => 0.5 });
        t.Handler.Respond(500).Respond(200, MetricData);

        await Query(t);

        Assert.Equal(2, t.Handler.Requests.Count);
    }

    [Theory]
    [InlineData(400, DynatraceFailureKind.BadRequest)]
    [InlineData(401, DynatraceFailureKind.Unauthorized)]
    [InlineData(403, DynatraceFailureKind.Forbidden)]
    [InlineData(404, DynatraceFailureKind.NotFound)]
    [InlineData(409, DynatraceFailureKind.Conflict)]
    [InlineData(413, DynatraceFailureKind.PayloadTooLarge)]
    [InlineData(302, DynatraceFailureKind.InvalidResponse)]
    public async Task Send_PermanentFailure_FailsAtOnceWithItsKind(int status, DynatraceFailureKind kind)
    {
        var t = new TestClient();
        t.Handler.Respond(status, $$$"""{"error":{"code":{{{status}}},"message":"no"}}""");

        var ex = await Assert.ThrowsAsync<DynatraceApiException>(() => Query(t));

        Assert.Equal(kind, ex.Kind);
        Assert.Equal(status, ex.StatusCode);
        Assert.Equal(1, ex.Attempts);
        Assert.Single(t.Handler.Requests);
        Assert.Empty(t.Clock.Waits);
    }

    [Fact]
    public async Task Send_CallerCancels_ThrowsOperationCanceledNotApiException()
    {
        var t = new TestClient();
        using var cts = new CancellationTokenSource();
        t.Handler.Enqueue((_, ct) =>
        {
            cts.Cancel();
            ct.ThrowIfCancellationRequested();
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK));
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => t.Client.Metrics.QueryAsync(new MetricQuery("m"), cts.Token));
        Assert.Single(t.Handler.Requests);
    }

    [Fact]
    public async Task Send_UnclassifiedHandlerException_SurfacesAsItIs()
    {
        var t = new TestClient();
        t.Handler.Throw(new InvalidOperationException("handler bug"));

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => Query(t));

        Assert.Equal("handler bug", ex.Message);
    }
}
