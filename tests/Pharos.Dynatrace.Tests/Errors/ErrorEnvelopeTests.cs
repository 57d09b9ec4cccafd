using System.Net.Http.Headers;
using Pharos.Dynatrace.Errors;
using Pharos.Dynatrace.Http;
using Pharos.Dynatrace.Metrics;
using Pharos.Dynatrace.Tests.Support;

namespace Pharos.Dynatrace.Tests.Errors;

public class ErrorEnvelopeTests
{
    private static Task<MetricData> Query(TestClient t) =>
        t.Client.Metrics.QueryAsync(new MetricQuery("builtin:host.cpu.usage"), CancellationToken.None);

    [Fact]
    public async Task Failure_ConstraintViolations_ParsedAndListedInMessage()
    {
        var t = new TestClient();
        t.Handler.Respond(400, """
            {"error":{"code":400,"message":"Constraints violated.","constraintViolations":[
              {"path":"flavor","message":"'defaulta' must be any of [default, multidistro, musl]","parameterLocation":"QUERY","location":null}]}}
            """);

        var ex = await Assert.ThrowsAsync<DynatraceApiException>(() => Query(t));

        Assert.NotNull(ex.Error);
        Assert.Equal(400, ex.Error.Code);
        Assert.Equal("Constraints violated.", ex.Error.Message);
        var violation = Assert.Single(ex.Error.ConstraintViolations);
        Assert.Equal(new ConstraintViolation { Path = "flavor", Message = "'defaulta' must be any of [default, multidistro, musl]", ParameterLocation = "QUERY" }, violation);
        Assert.Equal(
            "GET /api/v2/metrics/query failed: HTTP 400 Bad Request (BadRequest): Constraints violated. flavor: 'defaulta' must be any of [default, multidistro, musl] (not retryable; 1 attempt)",
            ex.Message);
        Assert.Equal("GET", ex.Method);
        Assert.Equal("/api/v2/metrics/query", ex.Path);
        Assert.Equal("/metrics/query", ex.PathTemplate);
    }

    [Fact]
    public async Task Failure_MissingScope403_MessageNamesScopeAndFix()
    {
        var t = new TestClient();
        t.Handler.Respond(403, """{"error":{"code":403,"message":"Token is missing required scope. Use one of: metrics.read (Read metrics)"}}""");

        var ex = await Assert.ThrowsAsync<DynatraceApiException>(() => Query(t));

        Assert.Equal(DynatraceFailureKind.Forbidden, ex.Kind);
        Assert.Empty(ex.Error!.ConstraintViolations);
        Assert.Equal(
            "GET /api/v2/metrics/query failed: HTTP 403 Forbidden (Forbidden): Token is missing required scope. Use one of: metrics.read (Read metrics). "
            + "The token lacks a scope (the message names it); add the scope to the token (not retryable; 1 attempt)",
            ex.Message);
    }

    [Fact]
    public async Task Failure_Unauthorized_HintDependsOnUrlKind()
    {
        var classic = new TestClient();
        classic.Handler.Respond(401, """{"error":{"code":401,"message":"Missing authorization parameter."}}""");
        var platform = new TestClient("https://abc12345.apps.dynatrace.com", token: "local-test-token-0001");
        platform.Handler.Respond(401, """{"error":{"code":401,"message":"Incorrect Authorization header"}}""");

        var classicError = await Assert.ThrowsAsync<DynatraceApiException>(() => Query(classic));
        var platformError = await Assert.ThrowsAsync<DynatraceApiException>(() => Query(platform));

        Assert.Contains("the API token is missing, unknown or expired (sent as Api-Token)", classicError.Message, StringComparison.Ordinal);
        Assert.Contains("platform URLs need a valid platform token or OAuth access token (sent as Bearer)", platformError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failure_NonJsonBody_QuotesShortSnippet()
    {
        var t = new TestClient(retry: new DynatraceRetryOptions { MaxAttempts = 1 });
        t.Handler.Respond(502, "<html><body>" + new string('x', 400) + "</body></html>", mediaType: "text/html");

        var ex = await Assert.ThrowsAsync<DynatraceApiException>(() => Query(t));

        Assert.Null(ex.Error);
        Assert.StartsWith("GET /api/v2/metrics/query failed: HTTP 502 Bad Gateway (Unavailable): response was not a Dynatrace error: <html><body>xxx", ex.Message, StringComparison.Ordinal);
        Assert.Contains("…", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < 400);
    }

    [Fact]
    public async Task Failure_PlatformRetryAfterSecondsInBody_IsHonoured()
    {
        var t = new TestClient();
        t.Handler.Respond(429, """{"error":{"code":429,"message":"Too many requests.","retryAfterSeconds":9}}""")
            .Respond(200, """{"totalCount":0,"result":[]}""");

        await Query(t);

        Assert.Equal([TimeSpan.FromSeconds(9)], t.Clock.Waits);
    }

    [Fact]
    public async Task Failure_Transport_MessageSaysWhatHappened()
    {
        var t = new TestClient(retry: new DynatraceRetryOptions { MaxAttempts = 2, Jitter = () => 0 });
        t.Handler.Throw(new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known (abc12345.live.dynatrace.com:443)"))
            .Throw(new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known (abc12345.live.dynatrace.com:443)"));

        var ex = await Assert.ThrowsAsync<DynatraceApiException>(() => Query(t));

        Assert.Equal(
            "GET /api/v2/metrics/query failed: ConnectFailure: Name or service not known (abc12345.live.dynatrace.com:443). "
            + "Check DT_ENV_URL and that this machine can reach the host (gave up after 2 attempts)",
            ex.Message);
        Assert.False(ex.OutcomeUnknown);
    }

    [Fact]
    public async Task Failure_SuccessBodyNotJson_IsInvalidResponse()
    {
        var t = new TestClient();
        t.Handler.Respond(200, "<html>login page</html>", mediaType: "text/html");

        var ex = await Assert.ThrowsAsync<DynatraceApiException>(() => Query(t));

        Assert.Equal(DynatraceFailureKind.InvalidResponse, ex.Kind);
        Assert.Equal(200, ex.StatusCode);
        Assert.Equal(
            "GET /api/v2/metrics/query failed: HTTP 200 OK (InvalidResponse): The body is not a valid MetricData: '<' is an invalid start of a value. Path: $ | LineNumber: 0 | BytePositionInLine: 0. "
            + "Check that DT_ENV_URL points at a Dynatrace environment and that the HttpClient does not follow redirects (not retryable; 1 attempt)",
            ex.Message);
        Assert.IsType<System.Text.Json.JsonException>(ex.InnerException, exactMatch: false);
    }

    [Fact]
    public async Task Failure_RetryAfterHeaderOn503_IsHonouredOverBackoff()
    {
        var t = new TestClient();
        t.Handler.Respond(503, "", r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(2)))
            .Respond(200, """{"totalCount":0,"result":[]}""");

        await Query(t);

        Assert.Equal([TimeSpan.FromSeconds(2)], t.Clock.Waits);
    }
}
