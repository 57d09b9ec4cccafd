using Pharos.Dynatrace.Slos;
using Pharos.Dynatrace.Tests.Support;

namespace Pharos.Dynatrace.Tests.Slos;

public class SloApiTests
{
    private const string SloJson = """
        {"id":"123e4567-e89b-42d3-a456-556642440000","enabled":true,"name":"Payment service availability","description":"Rate of successful payments per week",
         "evaluationType":"AGGREGATE","filter":"type(\"SERVICE\")","metricExpression":"(100)*(a)/(b)","metricName":"payment_service_availability","metricKey":"func:slo.payment_service_availability",
         "errorBudgetMetricKey":"func:slo.errorBudget.payment_service_availability","burnRateMetricKey":"func:slo.errorBudgetBurnRate.payment_service_availability",
         "normalizedErrorBudgetMetricKey":"func:slo.normalizedErrorBudget.payment_service_availability",
         "target":95.0,"warning":97.5,"timeframe":"-1w","evaluatedPercentage":96.25,"errorBudget":1.25,"status":"WARNING","error":"NONE",
         "errorBudgetBurnRate":{"burnRateVisualizationEnabled":true,"fastBurnThreshold":1.5,"burnRateType":"SLOW","burnRateValue":1.25,"sloValue":95.0,"estimatedTimeToConsumeErrorBudget":24.0},
         "relatedOpenProblems":0,"relatedTotalProblems":0,"problemFilters":["type(\"SERVICE\")"]}
        """;

    [Fact]
    public async Task List_ReadsSloArrayAndPages()
    {
        var t = new TestClient();
        t.Handler.Respond(200, $$"""{"slo":[{{SloJson}}],"totalCount":2,"pageSize":1,"nextPageKey":"S2"}""")
            .Respond(200, """{"slo":[{"id":"s2","name":"b","enabled":false,"target":99,"warning":99.5}],"totalCount":2,"pageSize":1,"nextPageKey":null}""");

        var slos = await t.Client.Slos.ListAsync(new SloQuery { SloSelector = "name(\"x\")", TimeFrame = "CURRENT", Evaluate = true, EnabledSlos = "all", PageSize = 1 }, CancellationToken.None).ToListAsync();

        Assert.Equal(2, slos.Count);
        var first = slos[0];
        Assert.Equal(("WARNING", 96.25, 1.25), (first.Status, first.EvaluatedPercentage, first.ErrorBudget));
        Assert.Equal("SLOW", first.ErrorBudgetBurnRate?.BurnRateType);
        Assert.Equal(
            ["sloSelector=name%28%22x%22%29&timeFrame=CURRENT&evaluate=true&enabledSlos=all&pageSize=1", "nextPageKey=S2"],
            t.Handler.Requests.Select(r => r.Query));
    }

    [Fact]
    public async Task Get_ById_SendsTimeframeAndReturnsNullOn404()
    {
        var t = new TestClient();
        t.Handler.Respond(200, SloJson).Respond(404, """{"error":{"code":404,"message":"SLO not found"}}""");

        var found = await t.Client.Slos.GetAsync("123e4567-e89b-42d3-a456-556642440000", "now-1w", "now", "GTF", CancellationToken.None);
        var missing = await t.Client.Slos.GetAsync("nope", null, null, null, CancellationToken.None);

        Assert.Equal("Payment service availability", found?.Name);
        Assert.Null(missing);
        Assert.Equal("/api/v2/slo/123e4567-e89b-42d3-a456-556642440000", t.Handler.Requests[0].Path);
        Assert.Equal("from=now-1w&to=now&timeFrame=GTF", t.Handler.Requests[0].Query);
    }
}
