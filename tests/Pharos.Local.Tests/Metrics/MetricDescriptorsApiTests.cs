using System.Net;
using Pharos.Local.Tests.Infrastructure;
using static Pharos.Local.Tests.Metrics.MetricsTestData;

namespace Pharos.Local.Tests.Metrics;

public sealed class MetricDescriptorsApiTests : IAsyncLifetime
{
    private TestEnvironment _env = null!;

    public async Task InitializeAsync()
    {
        _env = await TestEnvironment.StartAsync();
        await _env.Client.IngestOkAsync("""
            page.b,host=a 1
            page.a,dt.entity.host=HOST-0000000000000001 2
            page.c.count count,delta=3
            """);
    }

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task GetDescriptor_IngestedGauge_ReturnsFullDescriptor()
    {
        using var response = await _env.Client.GetAsync("metrics/page.b");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "{\"metricId\":\"page.b\",\"displayName\":\"page.b\",\"description\":\"\",\"unit\":\"Unspecified\",\"dduBillable\":false,\"billable\":false," +
            $"\"created\":{NowMs},\"lastWritten\":{NowMs},\"entityType\":[]," +
            "\"aggregationTypes\":[\"auto\",\"avg\",\"count\",\"max\",\"median\",\"min\",\"percentile\",\"sum\"]," +
            "\"transformations\":[\"asGauge\",\"default\",\"delta\",\"filter\",\"fold\",\"last\",\"lastReal\",\"limit\",\"merge\",\"names\",\"partition\",\"rate\",\"rollup\",\"setUnit\",\"smooth\",\"sort\",\"splitBy\",\"timeshift\",\"toUnit\"]," +
            "\"defaultAggregation\":{\"type\":\"avg\"}," +
            "\"dimensionDefinitions\":[{\"key\":\"host\",\"name\":\"host\",\"displayName\":\"host\",\"index\":0,\"type\":\"STRING\"}]," +
            "\"tags\":[],\"metricValueType\":{\"type\":\"unknown\"},\"scalar\":false,\"resolutionInfSupported\":true,\"latency\":1," +
            "\"rootCauseRelevant\":false,\"impactRelevant\":false}",
            await response.TextAsync());
    }

    [Fact]
    public async Task GetDescriptor_EntityDimension_ListsEntityTypeAndEntityDimension()
    {
        using var response = await _env.Client.GetAsync("metrics/page.a");

        var json = await response.JsonAsync();
        Assert.Equal("""["HOST"]""", json.GetProperty("entityType").GetRawText());
        Assert.Equal("""[{"key":"dt.entity.host","name":"dt.entity.host","displayName":"dt.entity.host","index":0,"type":"ENTITY"}]""",
            json.GetProperty("dimensionDefinitions").GetRawText());
    }

    [Fact]
    public async Task GetDescriptor_WithAggregation_DescribesTheTransformedMetric()
    {
        using var response = await _env.Client.GetAsync($"metrics/{Uri.EscapeDataString("page.c.count:sum")}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal("page.c.count:sum", json.GetProperty("metricId").GetString());
        Assert.Equal("""["auto","value"]""", json.GetProperty("aggregationTypes").GetRawText());
    }

    [Fact]
    public async Task GetDescriptor_UnknownMetric_Returns404()
    {
        using var response = await _env.Client.GetAsync("metrics/page.d");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = (await response.JsonAsync()).GetProperty("error");
        Assert.Equal(404, error.GetProperty("code").GetInt32());
        Assert.StartsWith("The metric 'page.d' does not exist: nothing has been ingested under that key. Did you mean", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_DefaultFields_ReturnsAllOrderedByMetricId()
    {
        using var response = await _env.Client.GetAsync("metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            """{"totalCount":3,"nextPageKey":null,"metrics":[{"metricId":"page.a","displayName":"page.a","description":"","unit":"Unspecified"},{"metricId":"page.b","displayName":"page.b","description":"","unit":"Unspecified"},{"metricId":"page.c.count","displayName":"page.c.count","description":"","unit":"Unspecified"}]}""",
            await response.TextAsync());
    }

    [Fact]
    public async Task List_Pages_FollowNextPageKeyAlone()
    {
        using var first = await _env.Client.GetAsync("metrics?pageSize=2&fields=metricId");
        var firstJson = await first.JsonAsync();
        Assert.Equal(3, firstJson.GetProperty("totalCount").GetInt32());
        Assert.Equal("""[{"metricId":"page.a"},{"metricId":"page.b"}]""", firstJson.GetProperty("metrics").GetRawText());
        var key = firstJson.GetProperty("nextPageKey").GetString()!;

        using var second = await _env.Client.GetAsync($"metrics?nextPageKey={Uri.EscapeDataString(key)}");

        var secondJson = await second.JsonAsync();
        Assert.Equal("""[{"metricId":"page.c.count"}]""", secondJson.GetProperty("metrics").GetRawText());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, secondJson.GetProperty("nextPageKey").ValueKind);
    }

    [Fact]
    public async Task List_NextPageKeyWithOtherParameters_Returns400()
    {
        using var first = await _env.Client.GetAsync("metrics?pageSize=1");
        var key = (await first.JsonAsync()).GetProperty("nextPageKey").GetString()!;

        using var response = await _env.Client.GetAsync($"metrics?nextPageKey={Uri.EscapeDataString(key)}&pageSize=1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            """{"error":{"code":400,"message":"Constraints violated.","constraintViolations":[{"path":"pageSize","message":"PH4123: 'pageSize' cannot be combined with nextPageKey; the key already carries the original query. Send nextPageKey alone.","parameterLocation":"QUERY","location":null}]}}""",
            await response.TextAsync());
    }

    [Fact]
    public async Task List_ForeignNextPageKey_Returns400()
    {
        using var response = await _env.Client.GetAsync("metrics?nextPageKey=not-a-key");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var violation = Assert.Single((await response.JsonAsync()).GetProperty("error").GetProperty("constraintViolations").EnumerateArray());
        Assert.Equal("nextPageKey", violation.GetProperty("path").GetString());
        Assert.StartsWith("PH4122: ", violation.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_WildcardSelectorAndText_Filter()
    {
        using var wildcard = await _env.Client.GetAsync($"metrics?metricSelector={Uri.EscapeDataString("page.c.*")}&fields=metricId");
        using var text = await _env.Client.GetAsync("metrics?text=PAGE.B&fields=metricId");

        Assert.Equal("""[{"metricId":"page.c.count"}]""", (await wildcard.JsonAsync()).GetProperty("metrics").GetRawText());
        Assert.Equal("""[{"metricId":"page.b"}]""", (await text.JsonAsync()).GetProperty("metrics").GetRawText());
    }

    [Theory]
    [InlineData("metrics?pageSize=0", "pageSize", "PH4121")]
    [InlineData("metrics?fields=metricId,bogus", "fields", "PH4124")]
    [InlineData("metrics?metadataSelector=unit(%22Byte%22)", "metadataSelector", null)]
    [InlineData("metrics?writtenSinceMode=EXCLUDE", "writtenSinceMode", null)]
    public async Task List_InvalidParameter_Returns400OnThatParameter(string path, string parameter, string? code)
    {
        using var response = await _env.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var violation = Assert.Single((await response.JsonAsync()).GetProperty("error").GetProperty("constraintViolations").EnumerateArray());
        Assert.Equal(parameter, violation.GetProperty("path").GetString());
        Assert.Equal("QUERY", violation.GetProperty("parameterLocation").GetString());
        if (code is not null)
        {
            Assert.StartsWith(code + ": ", violation.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }
}
