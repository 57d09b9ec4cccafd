using System.Net;
using System.Text.Json;
using Pharos.Local.Tests.Infrastructure;
using static Pharos.Local.Tests.Slo.SloTestData;

namespace Pharos.Local.Tests.Slo;

/// <summary>
/// <c>GET /api/v2/slo</c> and <c>/slo/{id}</c> over real HTTP: <c>builtin:monitoring.slo</c> objects (real schema)
/// evaluated on the stored request counts at the test clock's now (2024-05-14T10:00:00Z).
/// </summary>
public sealed class SloApiTests : IAsyncLifetime
{
    private TestEnvironment _env = null!;

    public async Task InitializeAsync() => _env = await TestEnvironment.StartAsync(realSchemas: true);

    public async Task DisposeAsync() => await _env.DisposeAsync();

    private async Task<JsonElement> GetOkAsync(string path)
    {
        using var response = await _env.Client.GetAsync(path);
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body;
    }

    [Fact]
    public async Task List_Evaluated_ReturnsTheSdkShapeWithEvaluatedValues()
    {
        var id = await _env.Client.CreateSloAsync(SloJson(description: "Successful checkouts"));
        await _env.Client.IngestCountsAsync(-10, 0, good: 990, total: 1000);

        var body = await GetOkAsync("slo?evaluate=true");

        Assert.Equal(["slo", "totalCount", "pageSize", "nextPageKey"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, body.GetProperty("totalCount").GetInt32());
        Assert.Equal(10, body.GetProperty("pageSize").GetInt32());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("nextPageKey").ValueKind);
        var slo = Assert.Single(body.GetProperty("slo").EnumerateArray());
        Assert.Equal(
            ["id", "enabled", "name", "description", "evaluationType", "filter", "metricExpression", "metricName", "metricKey", "errorBudgetMetricKey",
             "burnRateMetricKey", "normalizedErrorBudgetMetricKey", "useRateMetric", "metricRate", "metricNumerator", "metricDenominator", "target",
             "warning", "timeframe", "evaluatedPercentage", "errorBudget", "status", "error", "errorBudgetBurnRate", "relatedOpenProblems",
             "relatedTotalProblems", "problemFilters"],
            slo.EnumerateObject().Select(p => p.Name));
        Assert.Equal(id, slo.GetProperty("id").GetString());
        Assert.Equal("Successful checkouts", slo.GetProperty("description").GetString());
        Assert.Equal("func:slo.checkout_availability", slo.GetProperty("metricKey").GetString());
        Assert.Equal("func:slo.errorBudget.checkout_availability", slo.GetProperty("errorBudgetMetricKey").GetString());
        Assert.Equal("func:slo.errorBudgetBurnRate.checkout_availability", slo.GetProperty("burnRateMetricKey").GetString());
        Assert.Equal("func:slo.normalizedErrorBudget.checkout_availability", slo.GetProperty("normalizedErrorBudgetMetricKey").GetString());
        Assert.False(slo.GetProperty("useRateMetric").GetBoolean());
        Assert.Equal("slo.good.count:splitBy()", slo.GetProperty("metricNumerator").GetString());
        Assert.Equal("slo.total.count:splitBy()", slo.GetProperty("metricDenominator").GetString());
        Assert.Equal("-1h", slo.GetProperty("timeframe").GetString());
        Assert.Equal(95, slo.GetProperty("target").GetDouble());
        Assert.Equal(97.5, slo.GetProperty("warning").GetDouble());
        Assert.Equal(99, slo.GetProperty("evaluatedPercentage").GetDouble(), 9);
        Assert.Equal(4, slo.GetProperty("errorBudget").GetDouble(), 9);
        Assert.Equal("SUCCESS", slo.GetProperty("status").GetString());
        Assert.Equal("NONE", slo.GetProperty("error").GetString());
        var burn = slo.GetProperty("errorBudgetBurnRate");
        Assert.Equal(
            ["burnRateVisualizationEnabled", "fastBurnThreshold", "burnRateType", "burnRateValue", "sloValue", "estimatedTimeToConsumeErrorBudget"],
            burn.EnumerateObject().Select(p => p.Name));
        Assert.Equal("NONE", burn.GetProperty("burnRateType").GetString());
        Assert.Equal(0.2, burn.GetProperty("burnRateValue").GetDouble(), 9);
        Assert.Equal(99, burn.GetProperty("sloValue").GetDouble(), 9);
        // Remaining budget 4/5 of a one-hour window at burn rate 0.2: 0.8 × 1 h / 0.2 = 4 h.
        Assert.Equal(4, burn.GetProperty("estimatedTimeToConsumeErrorBudget").GetDouble(), 9);
        Assert.Equal("[\"type(\\\"SERVICE\\\")\"]", slo.GetProperty("problemFilters").GetRawText());
    }

    [Theory]
    [InlineData(990, "SUCCESS")]
    [InlineData(970, "WARNING")]
    [InlineData(900, "FAILURE")]
    public async Task Get_GoodShare_GivesStatusAgainstTargetAndWarning(double good, string status)
    {
        var id = await _env.Client.CreateSloAsync(SloJson());
        await _env.Client.IngestCountsAsync(-30, 0, good, total: 1000);

        var slo = await GetOkAsync($"slo/{id}");

        Assert.Equal(status, slo.GetProperty("status").GetString());
        Assert.Equal(good / 10, slo.GetProperty("evaluatedPercentage").GetDouble(), 9);
        Assert.Equal((good / 10) - 95, slo.GetProperty("errorBudget").GetDouble(), 9);
    }

    [Fact]
    public async Task Get_LastHourBurningFasterThanThreshold_IsFastWhileTheWeekIsStillHealthy()
    {
        var id = await _env.Client.CreateSloAsync(SloJson(window: "-1w", fastBurn: 5));
        await _env.Client.IngestCountsAsync(-60, 0, good: 10_000, total: 10_000);
        _env.Time.Advance(TimeSpan.FromHours(2));
        // The last hour: half the requests fail; burn rate = 0.5 / 0.05 = 10 ≥ 5.
        await _env.Client.IngestCountsAsync(-60, 0, good: 50, total: 100, shiftMinutes: 120);

        var slo = await GetOkAsync($"slo/{id}");

        Assert.Equal("SUCCESS", slo.GetProperty("status").GetString());
        var burn = slo.GetProperty("errorBudgetBurnRate");
        Assert.Equal("FAST", burn.GetProperty("burnRateType").GetString());
        Assert.Equal(10, burn.GetProperty("burnRateValue").GetDouble(), 9);
        Assert.Equal(50, burn.GetProperty("sloValue").GetDouble(), 9);
    }

    [Fact]
    public async Task Get_BurnRateBetweenOneAndThreshold_IsSlow()
    {
        var id = await _env.Client.CreateSloAsync(SloJson(fastBurn: 5));
        await _env.Client.IngestCountsAsync(-60, 0, good: 900, total: 1000);

        var burn = (await GetOkAsync($"slo/{id}")).GetProperty("errorBudgetBurnRate");

        Assert.Equal("SLOW", burn.GetProperty("burnRateType").GetString());
        Assert.Equal(2, burn.GetProperty("burnRateValue").GetDouble(), 9);
    }

    [Fact]
    public async Task Get_BurnRateVisualizationDisabled_HasOnlyTheFlag()
    {
        var id = await _env.Client.CreateSloAsync(SloJson(burnRate: false));
        await _env.Client.IngestCountsAsync(-10, 0, good: 500, total: 1000);

        var slo = await GetOkAsync($"slo/{id}");

        Assert.Equal("{\"burnRateVisualizationEnabled\":false}", slo.GetProperty("errorBudgetBurnRate").GetRawText());
    }

    [Fact]
    public async Task Get_NoData_IsNotEvaluatedWithErrorNoData()
    {
        var id = await _env.Client.CreateSloAsync(SloJson());

        var slo = await GetOkAsync($"slo/{id}");

        Assert.Equal(-1, slo.GetProperty("evaluatedPercentage").GetDouble());
        Assert.Equal(-1, slo.GetProperty("errorBudget").GetDouble());
        Assert.Equal("FAILURE", slo.GetProperty("status").GetString());
        Assert.Equal("NO_DATA", slo.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Get_Filter_CountsOnlyTheSelectedEntities()
    {
        var id = await _env.Client.CreateSloAsync(SloJson(filter: $"type(\"SERVICE\"),entityId(\"{ServiceA}\")"));
        await _env.Client.IngestCountsAsync(-10, 0, good: 1000, total: 1000, service: ServiceA);
        await _env.Client.IngestCountsAsync(-10, 0, good: 0, total: 1000, service: ServiceB);

        var slo = await GetOkAsync($"slo/{id}");

        Assert.Equal(100, slo.GetProperty("evaluatedPercentage").GetDouble(), 9);
    }

    [Fact]
    public async Task Get_RelatedProblems_CountsProblemsOnTheFilteredEntitiesInTheTimeframe()
    {
        var id = await _env.Client.CreateSloAsync(SloJson(filter: $"type(\"SERVICE\"),entityId(\"{ServiceA}\")"));
        await _env.Client.IngestCountsAsync(-10, 0, good: 1000, total: 1000, service: ServiceA);
        await _env.Client.IngestCountsAsync(-10, 0, good: 1000, total: 1000, service: ServiceB);
        var closedId = await RaiseProblemAsync("Checkout errors (fixed)", ServiceA);
        await RaiseProblemAsync("Checkout errors", ServiceA);
        await RaiseProblemAsync("Billing errors", ServiceB);
        using var close = await _env.Client.PostJsonAsync($"problems/{closedId}/close", """{"message":"fixed"}""");
        Assert.Equal(HttpStatusCode.OK, close.StatusCode);

        var slo = await GetOkAsync($"slo/{id}");
        var notEvaluated = Assert.Single((await GetOkAsync("slo")).GetProperty("slo").EnumerateArray());

        Assert.Equal(1, slo.GetProperty("relatedOpenProblems").GetInt32());
        Assert.Equal(2, slo.GetProperty("relatedTotalProblems").GetInt32());
        Assert.Equal(0, notEvaluated.GetProperty("relatedTotalProblems").GetInt32());
    }

    private async Task<string> RaiseProblemAsync(string title, string serviceId)
    {
        var body = $$$"""{"eventType":"ERROR_EVENT","title":"{{{title}}}","entitySelector":"entityId(\"{{{serviceId}}}\")","properties":{"dt.event.allow_davis_merge":"false"}}""";
        using var ingest = await _env.Client.PostJsonAsync("events/ingest", body);
        Assert.Equal(HttpStatusCode.Created, ingest.StatusCode);
        using var problems = await _env.Client.GetAsync("problems?from=now-1h");
        return (await problems.JsonAsync()).GetProperty("problems").EnumerateArray()
            .First(p => p.GetProperty("title").GetString() == title).GetProperty("problemId").GetString()!;
    }

    [Fact]
    public async Task Get_GlobalTimeframe_EvaluatesFromTo()
    {
        var id = await _env.Client.CreateSloAsync(SloJson(window: "-5m"));
        await _env.Client.IngestCountsAsync(-60, -30, good: 0, total: 1000);
        await _env.Client.IngestCountsAsync(-30, 0, good: 1000, total: 1000);

        var current = await GetOkAsync($"slo/{id}");
        var global = await GetOkAsync($"slo/{id}?timeFrame=GTF&from=now-1h&to=now");

        Assert.Equal(100, current.GetProperty("evaluatedPercentage").GetDouble(), 9);
        Assert.Equal(50, global.GetProperty("evaluatedPercentage").GetDouble(), 9);
    }

    [Fact]
    public async Task List_WithoutEvaluate_ReportsMinusOneAndNoError()
    {
        await _env.Client.CreateSloAsync(SloJson());
        await _env.Client.IngestCountsAsync(-10, 0, good: 990, total: 1000);

        var slo = (await GetOkAsync("slo")).GetProperty("slo")[0];

        Assert.Equal(-1, slo.GetProperty("evaluatedPercentage").GetDouble());
        Assert.Equal(-1, slo.GetProperty("errorBudget").GetDouble());
        Assert.Equal("NONE", slo.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Get_UnknownId_Answers404()
    {
        using var response = await _env.Client.GetAsync("slo/nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("{\"error\":{\"code\":404,\"message\":\"SLO with ID 'nope' not found.\"}}", await response.TextAsync());
    }

    [Fact]
    public async Task Get_IdOfAnotherSchemasObject_Answers404()
    {
        using var create = await _env.Client.PostJsonAsync("settings/objects",
            "[{\"schemaId\":\"builtin:alerting.profile\",\"scope\":\"environment\",\"value\":{\"name\":\"p\",\"severityRules\":[],\"eventFilters\":[]}}]");
        var objectId = (await create.JsonAsync())[0].GetProperty("objectId").GetString();

        using var response = await _env.Client.GetAsync($"slo/{objectId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
