using Pharos.Dynatrace.Metrics;
using Pharos.Dynatrace.Tests.Support;

namespace Pharos.Dynatrace.Tests.Http;

public class AuthenticationTests
{
    private const string MetricData = """{"totalCount":0,"resolution":"1m","warnings":[],"result":[]}""";

    [Theory]
    [InlineData("https://abc12345.live.dynatrace.com", "https://abc12345.live.dynatrace.com/api/v2/metrics/query", "Api-Token")]
    [InlineData("https://dt.example.com/e/1a2b3c4d", "https://dt.example.com/e/1a2b3c4d/api/v2/metrics/query", "Api-Token")]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/api/v2/metrics/query", "Api-Token")]
    [InlineData("https://abc12345.apps.dynatrace.com", "https://abc12345.apps.dynatrace.com/platform/classic/environment-api/v2/metrics/query", "Bearer")]
    [InlineData("http://127.0.0.1:5080/platform/classic/environment-api/v2", "http://127.0.0.1:5080/platform/classic/environment-api/v2/metrics/query", "Bearer")]
    public async Task Send_UrlKind_SendsMatchingSchemeAndPath(string url, string expectedPath, string scheme)
    {
        var t = new TestClient(url, token: "local-test-token-0001");
        t.Handler.Respond(200, MetricData);

        await t.Client.Metrics.QueryAsync(new MetricQuery("m"), CancellationToken.None);

        var request = Assert.Single(t.Handler.Requests);
        Assert.Equal(expectedPath, request.Uri.GetLeftPart(UriPartial.Path));
        Assert.Equal($"{scheme} local-test-token-0001", request.Authorization);
    }

    [Fact]
    public async Task Send_EveryRetry_CarriesTheHeader()
    {
        var t = new TestClient();
        t.Handler.Respond(429).Respond(200, MetricData);

        await t.Client.Metrics.QueryAsync(new MetricQuery("m"), CancellationToken.None);

        Assert.All(t.Handler.Requests, r => Assert.Equal("Api-Token " + TestClient.Token, r.Authorization));
    }
}
