using System.Text.Json;
using Pharos.Dynatrace.Errors;
using Pharos.Dynatrace.Http;
using Pharos.Dynatrace.Metrics;
using Pharos.Dynatrace.Settings;
using Pharos.Dynatrace.Tests.Support;

namespace Pharos.Dynatrace.Tests.Errors;

/// <summary>
/// The token must not appear in any exception text, exchange record, ToString or diagnostic,
/// even when a misbehaving server or proxy echoes it back.
/// </summary>
public class TokenLeakTests
{
    private static void AssertNoToken(string? text)
    {
        Assert.NotNull(text);
        Assert.DoesNotContain(TestClient.Token, text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestClient.Secret, text, StringComparison.Ordinal);
    }

    private static void AssertNoToken(Exception ex)
    {
        AssertNoToken(ex.ToString());
        AssertNoToken(ex.Message);
        if (ex is DynatraceApiException api && api.Error is { } error)
        {
            AssertNoToken(error.Describe());
        }
    }

    [Fact]
    public async Task StatusFailure_ServerEchoesTokenInEnvelope_IsScrubbed()
    {
        var t = new TestClient();
        t.Handler.Respond(401, """{"error":{"code":401,"message":"Invalid token Api-Token TOKEN","constraintViolations":[{"path":"Authorization","message":"got SECRET"}]}}""".Replace("TOKEN", TestClient.Token, StringComparison.Ordinal).Replace("SECRET", TestClient.Secret, StringComparison.Ordinal));

        var ex = await Assert.ThrowsAsync<DynatraceApiException>(() => t.Client.Metrics.QueryAsync(new MetricQuery("m"), CancellationToken.None));

        AssertNoToken(ex);
        Assert.Contains("Invalid token Api-Token ***", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusFailure_ProxyEchoesHeaderInHtml_IsScrubbed()
    {
        var t = new TestClient(retry: new DynatraceRetryOptions { MaxAttempts = 1 });
        t.Handler.Respond(502, $"<html>Authorization: Api-Token {TestClient.Token}</html>", mediaType: "text/html");

        var ex = await Assert.ThrowsAsync<DynatraceApiException>(() => t.Client.Metrics.QueryAsync(new MetricQuery("m"), CancellationToken.None));

        AssertNoToken(ex);
    }

    [Fact]
    public async Task TransportFailure_InnerExceptionQuotesToken_IsReplacedByScrubbedCopy()
    {
        var t = new TestClient(retry: new DynatraceRetryOptions { MaxAttempts = 1 });
        t.Handler.Throw(new HttpRequestException($"proxy refused header Api-Token {TestClient.Token}", new IOException($"secret {TestClient.Secret}")));

        var ex = await Assert.ThrowsAsync<DynatraceApiException>(() => t.Client.Metrics.QueryAsync(new MetricQuery("m"), CancellationToken.None));

        AssertNoToken(ex);
        Assert.IsType<RedactedException>(ex.InnerException);
        Assert.Contains("proxy refused header Api-Token ***", ex.InnerException.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidResponse_BodyQuotesToken_IsScrubbed()
    {
        var t = new TestClient();
        t.Handler.Respond(200, $"not json {TestClient.Token}");

        var ex = await Assert.ThrowsAsync<DynatraceApiException>(() => t.Client.Metrics.QueryAsync(new MetricQuery("m"), CancellationToken.None));

        AssertNoToken(ex);
    }

    [Fact]
    public async Task SettingsBatchFailure_ExceptionAndResults_HaveNoToken()
    {
        var t = new TestClient();
        t.Handler.Respond(403, """{"error":{"code":403,"message":"token TOKEN lacks settings.write"}}""".Replace("TOKEN", TestClient.Token, StringComparison.Ordinal));
        var value = JsonDocument.Parse("{}").RootElement;

        var result = await t.Client.Settings.CreateObjectsAsync([new SettingsObjectCreate("s", "environment", value)], SettingsCreateOptions.Default, CancellationToken.None);

        AssertNoToken(result.BatchFailure!);
        AssertNoToken(result.Items[0].ToString());
        AssertNoToken(result.Items[0].Error!.Describe());
    }

    [Fact]
    public async Task RequestLog_EveryExchangeAndCounter_HasNoToken()
    {
        var t = new TestClient();
        t.Handler.Respond(429).Respond(500).Respond(200, """{"totalCount":0,"result":[]}""");
        t.Handler.Respond(200, """{"totalCount":0,"result":[]}""");

        await Assert.ThrowsAsync<DynatraceApiException>(() => t.Client.Metrics.QueryAsync(new MetricQuery("m"), CancellationToken.None));
        await t.Client.Metrics.QueryAsync(new MetricQuery("m"), CancellationToken.None);

        Assert.Equal(3, t.Exchanges.Count);
        Assert.All(t.Exchanges, e => AssertNoToken(e.ToString()));
        Assert.All(t.Client.Requests.Snapshot(), s => AssertNoToken(s.ToString()));
        // The token did go out, in the header only.
        Assert.All(t.Handler.Requests, r => Assert.Equal("Api-Token " + TestClient.Token, r.Authorization));
        Assert.All(t.Handler.Requests, r => AssertNoToken(r.Uri.ToString()));
    }

    [Fact]
    public void ToString_ConnectionClientAndToken_HaveNoToken()
    {
        var t = new TestClient();

        AssertNoToken(t.Connection.ToString());
        AssertNoToken(t.Connection.Token.ToString());
        AssertNoToken(t.Client.ToString());
        AssertNoToken(t.Connection.Token.Scrub($"x {TestClient.Token} y {TestClient.Secret}"));
    }

    [Fact]
    public void Debugger_TokenFieldAndProperty_AreHidden()
    {
        var field = typeof(Pharos.Dynatrace.Connection.DynatraceToken).GetField("_value", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance);
        var property = typeof(Pharos.Dynatrace.Connection.DynatraceConnection).GetProperty("Token", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance);

        Assert.Equal(System.Diagnostics.DebuggerBrowsableState.Never, field!.GetCustomAttributes(typeof(System.Diagnostics.DebuggerBrowsableAttribute), false).Cast<System.Diagnostics.DebuggerBrowsableAttribute>().Single().State);
        Assert.Equal(System.Diagnostics.DebuggerBrowsableState.Never, property!.GetCustomAttributes(typeof(System.Diagnostics.DebuggerBrowsableAttribute), false).Cast<System.Diagnostics.DebuggerBrowsableAttribute>().Single().State);
        Assert.Null(typeof(Pharos.Dynatrace.Connection.DynatraceConnection).GetProperty("Token"));
    }
}
