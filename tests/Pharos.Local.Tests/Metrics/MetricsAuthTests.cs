using System.Net;
using Pharos.Local.Tests.Infrastructure;
using static Pharos.Local.Tests.Metrics.MetricsTestData;

namespace Pharos.Local.Tests.Metrics;

public sealed class MetricsAuthTests : IAsyncLifetime
{
    private TestEnvironment _env = null!;

    public async Task InitializeAsync() => _env = await TestEnvironment.StartAsync();

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Theory]
    [InlineData("POST", "metrics/ingest")]
    [InlineData("GET", "metrics/query?metricSelector=a.b")]
    [InlineData("GET", "metrics")]
    [InlineData("GET", "metrics/a.b")]
    public async Task MetricsEndpoint_WithoutToken_Returns401(string method, string path)
    {
        using var client = _env.CreateClient(token: null);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = LineProtocol("a.b 1") });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"error":{"code":401,"message":"Missing authorization parameter."}}""", await response.TextAsync());
    }

    [Fact]
    public async Task Ingest_WithRevokedToken_Returns401AndStoresNothing()
    {
        var token = await _env.CreateTokenAsync("metrics.ingest");
        var tokenId = (await _env.Environment.Tokens.ListAsync(CancellationToken.None)).Single(t => token.StartsWith(t.Id, StringComparison.Ordinal)).Id;
        await _env.Environment.Tokens.RevokeAsync(tokenId, CancellationToken.None);
        using var client = _env.CreateClient(token);

        using var response = await client.IngestAsync("revoked.metric 1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"error":{"code":401,"message":"Token Authentication failed"}}""", await response.TextAsync());
        using var list = await _env.Client.GetAsync("metrics");
        Assert.Equal(0, (await list.JsonAsync()).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Ingest_WithReadOnlyToken_Returns403NamingMetricsIngest()
    {
        using var client = _env.CreateClient(await _env.CreateTokenAsync("metrics.read"));

        using var response = await client.IngestAsync("denied.metric 1");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(
            """{"error":{"code":403,"message":"Token is missing required scope. Use one of: metrics.ingest (Ingest metrics)"}}""",
            await response.TextAsync());
    }

    [Theory]
    [InlineData("metrics/query?metricSelector=a.b")]
    [InlineData("metrics")]
    [InlineData("metrics/a.b")]
    public async Task ReadEndpoints_WithIngestOnlyToken_Return403NamingMetricsRead(string path)
    {
        using var client = _env.CreateClient(await _env.CreateTokenAsync("metrics.ingest"));

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(
            """{"error":{"code":403,"message":"Token is missing required scope. Use one of: metrics.read (Read metrics)"}}""",
            await response.TextAsync());
    }

    [Fact]
    public async Task Ingest_OnPlatformPathWithoutScope_Returns403WithMissingPlatformScope()
    {
        using var client = _env.CreateClient(await _env.CreateTokenAsync("metrics.read"), scheme: "Bearer", platform: true);

        using var response = await client.PostAsync("metrics/ingest", LineProtocol("denied.metric 1"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(
            """{"error":{"code":403,"message":"Insufficient permissions.","details":{"missingScopes":["storage:metrics:write"]}}}""",
            await response.TextAsync());
    }

    [Fact]
    public async Task IngestAndRead_WithExactlyTheirScopes_Succeed()
    {
        using var writer = _env.CreateClient(await _env.CreateTokenAsync("metrics.ingest"));
        using var reader = _env.CreateClient(await _env.CreateTokenAsync("metrics.read"));

        await writer.IngestOkAsync($"scoped.metric 3 {MinutesMs(-1)}");
        using var response = await reader.GetAsync($"metrics/query?metricSelector=scoped.metric&resolution=Inf&from={Minutes(-5)}&to={Minutes(0)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
