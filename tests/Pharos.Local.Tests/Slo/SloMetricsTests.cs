using System.Net;
using System.Text.Json;
using Pharos.Local.Tests.Infrastructure;
using static Pharos.Local.Tests.Metrics.MetricsTestData;
using static Pharos.Local.Tests.Slo.SloTestData;

namespace Pharos.Local.Tests.Slo;

/// <summary>The func:slo metrics: the SLO evaluated in every slot of a metrics query, and listed as descriptors.</summary>
public sealed class SloMetricsTests : IAsyncLifetime
{
    private TestEnvironment _env = null!;

    public async Task InitializeAsync()
    {
        _env = await TestEnvironment.StartAsync(realSchemas: true);
        await _env.Client.CreateSloAsync(SloJson(target: 95, warning: 97.5));
        // Minute -3: 100 %, minute -2: 90 %, minute -1: no data.
        await _env.Client.IngestCountsAsync(-3, -2, good: 1000, total: 1000);
        await _env.Client.IngestCountsAsync(-2, -1, good: 900, total: 1000);
    }

    public async Task DisposeAsync() => await _env.DisposeAsync();

    private async Task<JsonElement> QueryOkAsync(string selector)
    {
        using var response = await _env.Client.GetAsync(
            $"metrics/query?metricSelector={Uri.EscapeDataString(selector)}&resolution=1m&from={Minutes(-3)}&to={Minutes(0)}");
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body;
    }

    [Theory]
    [InlineData("func:slo.checkout_availability", "[100,90,null]")]
    [InlineData("func:slo.errorBudget.checkout_availability", "[5,-5,null]")]
    [InlineData("func:slo.normalizedErrorBudget.checkout_availability", "[100,-100,null]")]
    [InlineData("func:slo.errorBudgetBurnRate.checkout_availability", "[0,2,null]")]
    public async Task Query_FuncSloKey_EvaluatesTheSloInEverySlot(string key, string values)
    {
        var body = await QueryOkAsync(key + ":splitBy()");

        Assert.Equal("1m", body.GetProperty("resolution").GetString());
        var result = body.GetProperty("result")[0];
        Assert.Equal(key + ":splitBy()", result.GetProperty("metricId").GetString());
        var series = Assert.Single(result.GetProperty("data").EnumerateArray());
        Assert.Equal("[]", series.GetProperty("dimensions").GetRawText());
        Assert.Equal($"[{MinutesMs(-2)},{MinutesMs(-1)},{MinutesMs(0)}]", series.GetProperty("timestamps").GetRawText());
        var actual = series.GetProperty("values").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? "null" : Math.Round(v.GetDouble(), 9).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(values, "[" + string.Join(',', actual) + "]");
    }

    [Fact]
    public async Task Query_UnknownSloMetric_Answers404WithSuggestion()
    {
        using var response = await _env.Client.GetAsync("metrics/query?metricSelector=func:slo.checkout_availabilty");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(
            "The metric 'func:slo.checkout_availabilty' does not belong to any SLO: no builtin:monitoring.slo object has that metricName. Did you mean 'func:slo.checkout_availability'?",
            (await response.JsonAsync()).GetProperty("error").GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("func:slo.checkout_availability,slo.good.count", "SLO002: func:slo metrics cannot be combined with other metrics in one local query. Query them in a separate request.")]
    [InlineData("func:slo.checkout_availability:fold(avg)",
        "SLO001: 'func:slo.checkout_availability:fold(avg)' cannot be evaluated locally: a func:slo metric is queried as its bare key, optionally with :splitBy() and one of :avg, :min, :max, :value, :auto, e.g. func:slo.errorBudget.checkout_availability:splitBy().")]
    public async Task Query_UnsupportedFuncSloSelector_Answers400(string selector, string message)
    {
        using var response = await _env.Client.GetAsync($"metrics/query?metricSelector={Uri.EscapeDataString(selector)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await response.JsonAsync()).GetProperty("error").GetProperty("constraintViolations")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Query_FuncSloWithEntitySelector_Answers400()
    {
        using var response = await _env.Client.GetAsync("metrics/query?metricSelector=func:slo.checkout_availability&entitySelector=type(SERVICE)");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var violation = (await response.JsonAsync()).GetProperty("error").GetProperty("constraintViolations")[0];
        Assert.Equal("entitySelector", violation.GetProperty("path").GetString());
        Assert.Equal(
            "SLO004: entitySelector cannot be combined with func:slo metrics: each SLO applies its own filter. Remove the parameter.",
            violation.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Descriptors_ListFuncSloWildcard_ListsTheFourKeys()
    {
        using var response = await _env.Client.GetAsync("metrics?metricSelector=func:slo.*");
        var body = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, body.GetProperty("totalCount").GetInt32());
        Assert.Equal(
            ["func:slo.checkout_availability", "func:slo.errorBudget.checkout_availability", "func:slo.normalizedErrorBudget.checkout_availability",
             "func:slo.errorBudgetBurnRate.checkout_availability"],
            body.GetProperty("metrics").EnumerateArray().Select(m => m.GetProperty("metricId").GetString()));
    }

    [Fact]
    public async Task Descriptors_ListAll_IncludesStoredAndSloMetrics()
    {
        using var response = await _env.Client.GetAsync("metrics?pageSize=500");
        var ids = (await response.JsonAsync()).GetProperty("metrics").EnumerateArray().Select(m => m.GetProperty("metricId").GetString()).ToList();

        Assert.Contains("slo.good.count", ids);
        Assert.Contains("func:slo.errorBudget.checkout_availability", ids);
    }

    [Fact]
    public async Task Descriptors_GetFuncSloKey_ReturnsItsDescriptor()
    {
        using var response = await _env.Client.GetAsync("metrics/func:slo.errorBudget.checkout_availability");
        var body = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Error budget - Checkout availability", body.GetProperty("displayName").GetString());
        Assert.Equal("Percent", body.GetProperty("unit").GetString());
    }
}
