using System.Net;
using System.Text;
using Pharos.Local.Tests.Infrastructure;
using static Pharos.Local.Tests.Metrics.MetricsTestData;

namespace Pharos.Local.Tests.Metrics;

public sealed class MetricsIngestApiTests : IAsyncLifetime
{
    private TestEnvironment _env = null!;

    public async Task InitializeAsync() => _env = await TestEnvironment.StartAsync();

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task Ingest_AllLinesValid_Returns202ValidationResponse()
    {
        using var response = await _env.Client.IngestAsync($"""
            cpu.temperature,dt.entity.host=HOST-4587AE40F95AD90D,cpu=1 gauge,min=17.1,max=17.3,sum=34.4,count=2
            new_user_count.count,region=EAST count,delta=50
            mymetric,team=teamA,businessapp=hr 1000 {MinutesMs(-5)}
            """);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("""{"linesOk":3,"linesInvalid":0,"error":null,"warnings":null}""", await response.TextAsync());
    }

    [Fact]
    public async Task Ingest_SomeLinesInvalid_Returns400WithInvalidLinesAndStoresTheValidOnes()
    {
        using var response = await _env.Client.IngestAsync($"partial.ok,host=a 7 {MinutesMs(-1)}\nab 2\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            """{"linesOk":1,"linesInvalid":1,"error":{"code":400,"message":"1 invalid lines","invalidLines":[{"line":2,"error":"invalid metric key 'ab': must be 3..255 characters (got 2)"}]},"warnings":null}""",
            await response.TextAsync());

        using var query = await _env.Client.GetAsync($"metrics/query?metricSelector=partial.ok&resolution=Inf&from={Minutes(-10)}&to={Minutes(0)}");
        var series = (await query.JsonAsync()).GetProperty("result")[0].GetProperty("data");
        Assert.Equal(7, series[0].GetProperty("values")[0].GetDouble());
    }

    [Fact]
    public async Task Ingest_CountPayloadWithoutSuffix_Returns202WithChangedKeyWarning()
    {
        using var response = await _env.Client.IngestAsync("requests count,delta=5");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(
            """{"linesOk":1,"linesInvalid":0,"error":null,"warnings":{"message":"First 1 warnings reported","changedMetricKeys":[{"line":1,"warning":"metric key 'requests' changed to 'requests.count'"}]}}""",
            await response.TextAsync());
    }

    [Fact]
    public async Task Ingest_EveryLineInvalid_Returns400AndStoresNothing()
    {
        using var response = await _env.Client.IngestAsync("dt.reserved 1\nbad.value NaN");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            """{"linesOk":0,"linesInvalid":2,"error":{"code":400,"message":"2 invalid lines","invalidLines":[{"line":1,"error":"invalid metric key 'dt.reserved': the 'dt.' prefix is reserved for Dynatrace metrics; choose another prefix"},{"line":2,"error":"invalid gauge value 'NaN' at column 11: NaN and infinite values are not accepted"}]},"warnings":null}""",
            await response.TextAsync());
        using var list = await _env.Client.GetAsync("metrics");
        Assert.Equal(0, (await list.JsonAsync()).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Ingest_EmptyBody_Returns202WithNoLines()
    {
        using var response = await _env.Client.IngestAsync("");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("""{"linesOk":0,"linesInvalid":0,"error":null,"warnings":null}""", await response.TextAsync());
    }

    [Fact]
    public async Task Ingest_BodyOverOneMebibyte_Returns413ErrorEnvelope()
    {
        var line = "big.metric,host=a 1\n";
        var body = new StringBuilder();
        while (body.Length <= 1024 * 1024)
        {
            body.Append(line);
        }

        using var response = await _env.Client.IngestAsync(body.ToString());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(
            """{"error":{"code":413,"message":"Payload Too Large: the body exceeds 1048576 bytes. Split it into several requests (Dynatrace's clients send at most 1000 lines each)."}}""",
            await response.TextAsync());
        using var list = await _env.Client.GetAsync("metrics");
        Assert.Equal(0, (await list.JsonAsync()).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Ingest_ChunkedBodyOverLimit_Returns413()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("chunked.metric 1\n", 70_000)));
        using var content = new StreamContent(new MemoryStream(bytes)); // no Content-Length: sent chunked
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");

        using var response = await _env.Client.PostAsync("metrics/ingest", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, (await response.JsonAsync()).GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Ingest_ExactlyAtTheLimit_IsAccepted()
    {
        var line = "edge.metric 1\n"; // 14 bytes; 1 MiB is not a multiple, so pad the last line with spaces
        var count = (1024 * 1024) / line.Length;
        var body = string.Concat(Enumerable.Repeat(line, count)) + new string(' ', (1024 * 1024) - (count * line.Length));
        Assert.Equal(1024 * 1024, Encoding.UTF8.GetByteCount(body));

        using var response = await _env.Client.IngestAsync(body);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(count, (await response.JsonAsync()).GetProperty("linesOk").GetInt32());
    }

    [Fact]
    public async Task Ingest_OnPlatformPathWithBearer_Returns202()
    {
        using var client = _env.CreateClient(_env.AdminToken, scheme: "Bearer", platform: true);

        using var response = await client.PostAsync("metrics/ingest", LineProtocol("platform.metric 1"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("""{"linesOk":1,"linesInvalid":0,"error":null,"warnings":null}""", await response.TextAsync());
    }

    [Fact]
    public async Task Ingest_MetadataLine_CountsAsOkAndDescribesTheMetric()
    {
        using var response = await _env.Client.IngestAsync("""
            #described.metric gauge dt.meta.displayName="Described metric",dt.meta.unit=Percent
            described.metric 42
            """);
        Assert.Equal("""{"linesOk":2,"linesInvalid":0,"error":null,"warnings":null}""", await response.TextAsync());

        using var descriptor = await _env.Client.GetAsync("metrics/described.metric");
        var json = await descriptor.JsonAsync();
        Assert.Equal("Described metric", json.GetProperty("displayName").GetString());
        Assert.Equal("Percent", json.GetProperty("unit").GetString());
    }
}
