using System.Net;
using Pharos.Local.Entities;
using Pharos.Local.Tests.Infrastructure;
using static Pharos.Local.Tests.Metrics.MetricsTestData;

namespace Pharos.Local.Tests.Metrics;

public sealed class MetricsQueryApiTests : IAsyncLifetime
{
    private const string ServiceA = "SERVICE-AAAAAAAAAAAAAAAA";
    private const string ServiceB = "SERVICE-BBBBBBBBBBBBBBBB";

    private TestEnvironment _env = null!;

    public async Task InitializeAsync()
    {
        _env = await TestEnvironment.StartAsync();
        await _env.Client.IngestOkAsync($"""
            test.cpu,host=a 10 {MinutesMs(-2)}
            test.cpu,host=a 20 {MinutesMs(-1)}
            test.cpu,host=b 5 {MinutesMs(-1)}
            svc.latency,dt.entity.service={ServiceA} 100 {MinutesMs(-1)}
            svc.latency,dt.entity.service={ServiceB} 300 {MinutesMs(-1)}
            """);
    }

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task Query_SplitByAvgAtOneMinute_ReturnsMetricDataExactly()
    {
        using var response = await _env.Client.GetAsync(
            $"metrics/query?metricSelector={Uri.EscapeDataString("test.cpu:splitBy(\"host\"):avg")}&resolution=1m&from={Minutes(-3)}&to={Minutes(0)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        // Three one-minute slots reported at their ends; 3 points of 2 series read (ratios: /20,000,000 and /100,000).
        var timestamps = $"[{MinutesMs(-2)},{MinutesMs(-1)},{MinutesMs(0)}]";
        Assert.Equal(
            "{\"totalCount\":2,\"nextPageKey\":null,\"resolution\":\"1m\",\"warnings\":[],\"result\":[{\"metricId\":\"test.cpu:splitBy(\\\"host\\\"):avg\"," +
            "\"dataPointCountRatio\":1.5E-07,\"dimensionCountRatio\":2E-05,\"warnings\":[],\"data\":[" +
            $"{{\"dimensions\":[\"a\"],\"dimensionMap\":{{\"host\":\"a\"}},\"timestamps\":{timestamps},\"values\":[null,10,20]}}," +
            $"{{\"dimensions\":[\"b\"],\"dimensionMap\":{{\"host\":\"b\"}},\"timestamps\":{timestamps},\"values\":[null,null,5]}}]}}]}}",
            await response.TextAsync());
    }

    [Fact]
    public async Task Query_EntitySelector_KeepsOnlySeriesOfMatchingEntities()
    {
        await _env.Environment.Entities.RegisterAsync(new EntityRegistration("SERVICE", "checkout") { EntityId = ServiceA }, CancellationToken.None);

        using var response = await _env.Client.GetAsync(
            $"metrics/query?metricSelector=svc.latency&resolution=Inf&from={Minutes(-5)}&to={Minutes(0)}&entitySelector={Uri.EscapeDataString("type(SERVICE),entityName.equals(\"checkout\")")}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = (await response.JsonAsync()).GetProperty("result")[0].GetProperty("data");
        Assert.Equal(1, data.GetArrayLength());
        Assert.Equal(ServiceA, data[0].GetProperty("dimensionMap").GetProperty("dt.entity.service").GetString());
        Assert.Equal(100, data[0].GetProperty("values")[0].GetDouble());
    }

    [Fact]
    public async Task Query_EntitySelectorMatchingNothing_ReturnsNoSeries()
    {
        using var response = await _env.Client.GetAsync(
            $"metrics/query?metricSelector=svc.latency&resolution=Inf&from={Minutes(-5)}&to={Minutes(0)}&entitySelector={Uri.EscapeDataString("type(HOST)")}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal(0, json.GetProperty("totalCount").GetInt32());
        Assert.Equal(0, json.GetProperty("result")[0].GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task Query_Names_AddsRegisteredNamesAndIdsForUnnamedEntities()
    {
        await _env.Environment.Entities.RegisterAsync(new EntityRegistration("SERVICE", "checkout") { EntityId = ServiceA }, CancellationToken.None);

        using var response = await _env.Client.GetAsync(
            $"metrics/query?metricSelector={Uri.EscapeDataString("svc.latency:names")}&resolution=Inf&from={Minutes(-5)}&to={Minutes(0)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = (await response.JsonAsync()).GetProperty("result")[0].GetProperty("data");
        Assert.Equal(
            $$"""[{"dimensions":["checkout","{{ServiceA}}"],"dimensionMap":{"dt.entity.service.name":"checkout","dt.entity.service":"{{ServiceA}}"},"timestamps":[{{MinutesMs(0)}}],"values":[100]},""" +
            $$"""{"dimensions":["{{ServiceB}}","{{ServiceB}}"],"dimensionMap":{"dt.entity.service.name":"{{ServiceB}}","dt.entity.service":"{{ServiceB}}"},"timestamps":[{{MinutesMs(0)}}],"values":[300]}]""",
            HttpJson.Compact(data.GetRawText()));
    }

    [Fact]
    public async Task Query_InvalidTime_Returns400WithViolationOnThatParameter()
    {
        using var response = await _env.Client.GetAsync("metrics/query?metricSelector=test.cpu&from=yesterday");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            """{"error":{"code":400,"message":"Constraints violated.","constraintViolations":[{"path":"from","message":"PH4101: 'yesterday' is not a valid from time; use UTC milliseconds (1701090120000), ISO 8601 (2023-11-27T13:02:00Z) or a relative time (now-2h, now-1d/d).","parameterLocation":"QUERY","location":null}]}}""",
            await response.TextAsync());
    }

    [Fact]
    public async Task Query_MalformedSelector_Returns400WithSelectorViolation()
    {
        using var response = await _env.Client.GetAsync($"metrics/query?metricSelector={Uri.EscapeDataString("test.cpu:avgg")}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.JsonAsync()).GetProperty("error");
        Assert.Equal("Constraints violated.", error.GetProperty("message").GetString());
        var violation = Assert.Single(error.GetProperty("constraintViolations").EnumerateArray());
        Assert.Equal("metricSelector", violation.GetProperty("path").GetString());
        Assert.Equal("QUERY", violation.GetProperty("parameterLocation").GetString());
        Assert.Equal("PH4007: Unknown transformation ':avgg'. Did you mean 'avg'?", violation.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Query_WithoutMetricSelector_Returns400EmptySelector()
    {
        using var response = await _env.Client.GetAsync("metrics/query");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            """{"error":{"code":400,"message":"Constraints violated.","constraintViolations":[{"path":"metricSelector","message":"PH4001: The metric selector is empty; write at least one metric key, e.g. builtin:host.cpu.usage:avg.","parameterLocation":"QUERY","location":null}]}}""",
            await response.TextAsync());
    }

    [Fact]
    public async Task Query_UnknownMetric_Returns404()
    {
        using var response = await _env.Client.GetAsync("metrics/query?metricSelector=nope.metric");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(
            """{"error":{"code":404,"message":"The metric 'nope.metric' does not exist: nothing has been ingested under that key.","constraintViolations":[{"path":"metricSelector","message":"PH4105: The metric 'nope.metric' does not exist: nothing has been ingested under that key.","parameterLocation":"QUERY","location":null}]}}""",
            await response.TextAsync());
    }

    [Fact]
    public async Task Query_InvalidEntitySelector_Returns400OnEntitySelector()
    {
        using var response = await _env.Client.GetAsync($"metrics/query?metricSelector=svc.latency&entitySelector={Uri.EscapeDataString("entityName(x)")}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var violation = Assert.Single((await response.JsonAsync()).GetProperty("error").GetProperty("constraintViolations").EnumerateArray());
        Assert.Equal("entitySelector", violation.GetProperty("path").GetString());
        Assert.StartsWith("PH4116: The entity selector \"entityName(x)\" is invalid: SEL", violation.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_AcceptingOnlyCsv_Returns406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "metrics/query?metricSelector=test.cpu");
        request.Headers.TryAddWithoutValidation("Accept", "text/csv; header=present; charset=utf-8");

        using var response = await _env.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal(406, (await response.JsonAsync()).GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Query_OnPlatformPath_ReturnsSameData()
    {
        using var platform = _env.CreateClient(_env.AdminToken, scheme: "Bearer", platform: true);
        var path = $"metrics/query?metricSelector=test.cpu:max&resolution=Inf&from={Minutes(-5)}&to={Minutes(0)}";

        using var classic = await _env.Client.GetAsync(path);
        using var viaPlatform = await platform.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, viaPlatform.StatusCode);
        Assert.Equal(await classic.TextAsync(), await viaPlatform.TextAsync());
    }
}
