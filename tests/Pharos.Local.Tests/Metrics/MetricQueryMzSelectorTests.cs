using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using Pharos.Local.Entities;
using Pharos.Local.Tests.Infrastructure;
using static Pharos.Local.Tests.Metrics.MetricsTestData;

namespace Pharos.Local.Tests.Metrics;

/// <summary>
/// <c>GET /metrics/query?mzSelector=</c> over HTTP: zones come from the entity registry; a series stays when one
/// of its <c>dt.entity.*</c> values is an entity of the zone(s); series without an entity dimension are dropped.
/// </summary>
public sealed class MetricQueryMzSelectorTests : IAsyncLifetime
{
    private const string ServiceA = "SERVICE-AAAAAAAAAAAAAAAA";
    private const string ServiceB = "SERVICE-BBBBBBBBBBBBBBBB";
    private const string ServiceC = "SERVICE-CCCCCCCCCCCCCCCC";
    private const string ServiceD = "SERVICE-DDDDDDDDDDDDDDDD";
    private const string HostP = "HOST-0000000000000001";

    private static readonly ManagementZoneRef Payments = new("6143976176513989654", "Payments");
    private static readonly ManagementZoneRef Search = new("-6114370715062110014", "Search");

    // The API writes JSON with relaxed escaping (quotes and apostrophes as in Dynatrace responses).
    private static readonly JsonSerializerOptions RelaxedJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private TestEnvironment _env = null!;

    public async Task InitializeAsync()
    {
        _env = await TestEnvironment.StartAsync();
        await _env.Client.IngestOkAsync($"""
            svc.latency,dt.entity.service={ServiceA} 100 {MinutesMs(-1)}
            svc.latency,dt.entity.service={ServiceB} 300 {MinutesMs(-1)}
            svc.latency,dt.entity.service={ServiceC} 500 {MinutesMs(-1)}
            svc.latency,dt.entity.service={ServiceD} 700 {MinutesMs(-1)}
            svc.calls,dt.entity.service={ServiceC},dt.entity.host={HostP} 1 {MinutesMs(-1)}
            test.cpu,host=a 10 {MinutesMs(-1)}
            """);

        // Registered after ingest: ingest creates unnamed, zone-less entities that a registration replaces.
        await RegisterAsync("SERVICE", "checkout", ServiceA, Payments);
        await RegisterAsync("SERVICE", "search-api", ServiceB, Search);
        await RegisterAsync("SERVICE", "ledger", ServiceD, Payments, Search);
        await RegisterAsync("HOST", "pay-host", HostP, Payments);
    }

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Theory]
    [InlineData("mzId(6143976176513989654)", "SERVICE-AAAAAAAAAAAAAAAA=100,SERVICE-DDDDDDDDDDDDDDDD=700")]
    [InlineData("mzId(\"-6114370715062110014\")", "SERVICE-BBBBBBBBBBBBBBBB=300,SERVICE-DDDDDDDDDDDDDDDD=700")]
    [InlineData("mzName(\"Search\")", "SERVICE-BBBBBBBBBBBBBBBB=300,SERVICE-DDDDDDDDDDDDDDDD=700")]
    [InlineData("mzId(6143976176513989654,-6114370715062110014)", "SERVICE-AAAAAAAAAAAAAAAA=100,SERVICE-BBBBBBBBBBBBBBBB=300,SERVICE-DDDDDDDDDDDDDDDD=700")]
    [InlineData("mzName(\"Payments\",\"Search\")", "SERVICE-AAAAAAAAAAAAAAAA=100,SERVICE-BBBBBBBBBBBBBBBB=300,SERVICE-DDDDDDDDDDDDDDDD=700")]
    [InlineData("mzName(\"Payments\"),mzName(\"Search\")", "SERVICE-DDDDDDDDDDDDDDDD=700")]
    [InlineData("mzId(6143976176513989654), mzName(\"Search\")", "SERVICE-DDDDDDDDDDDDDDDD=700")]
    public async Task Query_MzSelector_KeepsOnlySeriesOfEntitiesInTheZones(string mzSelector, string expected)
    {
        var json = await QueryOkAsync("svc.latency", mzSelector);

        Assert.Equal(expected, Series(json, "dt.entity.service"));
        Assert.Equal(expected.Split(',').Length, json.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Query_MzSelectorWithMerge_AggregatesOnlyTheZonesData()
    {
        // The scope applies to the stored series before transformations, so a total covers only the zone.
        var json = await QueryOkAsync("svc.latency:splitBy():sum", "mzName(\"Payments\")");

        var data = Assert.Single(json.GetProperty("result")[0].GetProperty("data").EnumerateArray());
        Assert.Equal(800, data.GetProperty("values")[0].GetDouble());
    }

    [Fact]
    public async Task Query_MzSelectorAndEntitySelector_KeepsEntitiesMatchingBoth()
    {
        var json = await QueryOkAsync("svc.latency", "mzName(\"Payments\")", "type(SERVICE),entityName.startsWith(\"l\")");

        Assert.Equal($"{ServiceD}=700", Series(json, "dt.entity.service"));
    }

    [Fact]
    public async Task Query_EntitySelectorOutsideTheZone_ReturnsNoSeries()
    {
        var json = await QueryOkAsync("svc.latency", "mzName(\"Payments\")", "type(SERVICE),entityName.equals(\"search-api\")");

        Assert.Equal(0, json.GetProperty("totalCount").GetInt32());
        Assert.Equal(0, json.GetProperty("result")[0].GetProperty("data").GetArrayLength());
    }

    [Theory]
    [InlineData("mzId(42)")]
    [InlineData("mzName(\"Nope\")")]
    [InlineData("mzName(\"payments\")")]
    public async Task Query_UnknownZone_ReturnsEmptyResult(string mzSelector)
    {
        var json = await QueryOkAsync("svc.latency", mzSelector);

        Assert.Equal(0, json.GetProperty("totalCount").GetInt32());
        Assert.Equal("svc.latency", json.GetProperty("result")[0].GetProperty("metricId").GetString());
        Assert.Equal(0, json.GetProperty("result")[0].GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task Query_SeriesWithoutEntityDimension_AreLeftOutOfEveryZone()
    {
        var json = await QueryOkAsync("test.cpu", "mzName(\"Payments\")");

        Assert.Equal(0, json.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Query_SeriesWithSeveralEntityDimensions_StaysWhenAnyEntityIsInTheZone()
    {
        // The service is in no zone, but the host of the same series is in Payments.
        var inPayments = await QueryOkAsync("svc.calls", "mzName(\"Payments\")");
        var inSearch = await QueryOkAsync("svc.calls", "mzName(\"Search\")");

        Assert.Equal($"{ServiceC}=1", Series(inPayments, "dt.entity.service"));
        Assert.Equal(0, inSearch.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Query_WithoutMzSelector_ReturnsAllSeries()
    {
        using var response = await _env.Client.GetAsync($"metrics/query?metricSelector=svc.latency&resolution=Inf&from={Minutes(-5)}&to={Minutes(0)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, (await response.JsonAsync()).GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("mzId(1", "SEL006: Expected ')' to close 'mzId(' at column 7. Separate values with ',' and end the list with ')'.", 7)]
    [InlineData("mzId(1) mzName(\"x\")", "SEL007: Expected ',' between criteria at column 9 but found 'm'.", 9)]
    [InlineData("", "SEL001: The mzSelector is empty. Write at least one criterion, e.g. type(\"SERVICE\").", 1)]
    [InlineData("mzId()", "SEL022: 'mzId' takes one or more values. Write e.g. mzId(\"value\").", 1)]
    [InlineData("mzId(1),mzname(\"x\")", "SEL020: Unknown criterion 'mzname' in mzSelector. Did you mean 'mzName'? Known criteria: mzId, mzName.", 9)]
    [InlineData("mzName(entityId(\"x\"))", "SEL025: 'mzName' takes plain values, not a nested criterion. Quote the value if it contains parentheses.", 8)]
    public async Task Query_MalformedMzSelector_Returns400NamingMzSelectorAndColumn(string mzSelector, string message, int column)
    {
        using var response = await _env.Client.GetAsync($"metrics/query?metricSelector=svc.latency&mzSelector={Uri.EscapeDataString(mzSelector)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            "{\"error\":{\"code\":400,\"message\":\"Constraints violated.\",\"constraintViolations\":[{\"path\":\"mzSelector\",\"message\":" +
            JsonSerializer.Serialize(message, RelaxedJson) + $",\"parameterLocation\":\"QUERY\",\"location\":\"column {column}\"}}]}}}}",
            await response.TextAsync());
    }

    [Fact]
    public async Task Query_EntitySelectorCriterionInMzSelector_Returns400UnknownCriterion()
    {
        using var response = await _env.Client.GetAsync($"metrics/query?metricSelector=svc.latency&mzSelector={Uri.EscapeDataString("type(SERVICE)")}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var violation = Assert.Single((await response.JsonAsync()).GetProperty("error").GetProperty("constraintViolations").EnumerateArray());
        Assert.Equal("mzSelector", violation.GetProperty("path").GetString());
        Assert.StartsWith("SEL020: Unknown criterion 'type' in mzSelector.", violation.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_SloMetricWithMzSelector_Returns400NotSupported()
    {
        using var response = await _env.Client.GetAsync($"metrics/query?metricSelector={Uri.EscapeDataString("func:slo.errors")}&mzSelector=mzId(1)");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            """{"error":{"code":400,"message":"Constraints violated.","constraintViolations":[{"path":"mzSelector","message":"'mzSelector' is not supported by the local environment; remove it (an ignored filter would return data it should exclude).","parameterLocation":"QUERY","location":null}]}}""",
            await response.TextAsync());
    }

    private async Task RegisterAsync(string type, string name, string id, params ManagementZoneRef[] zones) =>
        await _env.Environment.Entities.RegisterAsync(new EntityRegistration(type, name) { EntityId = id, ManagementZones = zones }, CancellationToken.None);

    private async Task<JsonElement> QueryOkAsync(string metricSelector, string mzSelector, string? entitySelector = null)
    {
        var url = $"metrics/query?metricSelector={Uri.EscapeDataString(metricSelector)}&resolution=Inf&from={Minutes(-5)}&to={Minutes(0)}" +
            $"&mzSelector={Uri.EscapeDataString(mzSelector)}" +
            (entitySelector is null ? "" : $"&entitySelector={Uri.EscapeDataString(entitySelector)}");
        using var response = await _env.Client.GetAsync(url);
        var text = await response.TextAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"query answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    // "id=value,…" ordered by id, from the single-point series of the first selector.
    private static string Series(JsonElement json, string dimension) => string.Join(",",
        json.GetProperty("result")[0].GetProperty("data").EnumerateArray()
            .Select(d => $"{d.GetProperty("dimensionMap").GetProperty(dimension).GetString()}={d.GetProperty("values")[0].GetDouble()}")
            .Order(StringComparer.Ordinal));
}
