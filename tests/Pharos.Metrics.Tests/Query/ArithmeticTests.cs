using static Pharos.Metrics.Tests.Query.QueryHarness;

namespace Pharos.Metrics.Tests.Query;

/// <summary>Metric expressions: numbers broadcast, series pair up by dimensions, a lone undimensioned series broadcasts.</summary>
public sealed class ArithmeticTests
{
    private const string Lines = """
        svc.rt,dt.entity.service=SERVICE-1,region=eu 10 {11:00:30}
        svc.rt,dt.entity.service=SERVICE-1,region=eu 20 {11:01:30}
        svc.rt,dt.entity.service=SERVICE-2,region=us 30 {11:00:30}
        svc.rt,dt.entity.service=SERVICE-2,region=us 50 {11:02:30}
        svc.rt,dt.entity.service=SERVICE-10,region=eu 5 {11:01:10}
        err.count,dt.entity.service=SERVICE-1,region=eu count,delta=1 {11:00:40}
        err.count,dt.entity.service=SERVICE-2,region=us count,delta=3 {11:00:40}
        req.count,dt.entity.service=SERVICE-1,region=eu count,delta=4 {11:00:40}
        req.count,dt.entity.service=SERVICE-2,region=us count,delta=6 {11:00:40}
        """;

    private const string S1 = "dt.entity.service=SERVICE-1,region=eu";
    private const string S10 = "dt.entity.service=SERVICE-10,region=eu";
    private const string S2 = "dt.entity.service=SERVICE-2,region=us";

    public static TheoryData<string, string[]> Cases => new()
    {
        { "svc.rt:splitBy():max*2", [": 60 40 100"] },
        { "2*svc.rt:splitBy():max", [": 60 40 100"] },
        { "svc.rt:splitBy():max - 5", [": 25 15 45"] },
        { "100 - svc.rt:splitBy():max", [": 70 80 50"] },
        { "svc.rt:splitBy():max/0", [": - - -"] },
        { "-svc.rt:splitBy():max", [": -30 -20 -50"] },
        { "-(svc.rt:splitBy():max)", [": -30 -20 -50"] },
        { "svc.rt + 1", [$"{S1}: 11 21 -", $"{S10}: - 6 -", $"{S2}: 31 - 51"] },
        { "svc.rt:max/svc.rt:min", [$"{S1}: 1 1 -", $"{S10}: - 1 -", $"{S2}: 1 - 1"] },
        { "svc.rt:splitBy(\"region\"):max - svc.rt:splitBy():min", ["region=eu: 0 15 -", "region=us: 20 - 0"] },
        { "svc.rt:splitBy():min - svc.rt:splitBy(\"region\"):max", ["region=eu: 0 -15 -", "region=us: -20 - 0"] },
        { "svc.rt:splitBy(\"region\"):max + svc.rt:splitBy(\"dt.entity.service\"):max", [] },
        { "svc.rt:max/svc.rt:max:fold(max)", [$"{S1}: 0.5 1 -", $"{S10}: - 1 -", $"{S2}: 0.6 - 1"] },
        { "(100)*(err.count:splitBy())/(req.count:splitBy())", [": 40 - -"] },
        { "err.count/req.count*100", [$"{S1}: 25 - -", $"{S2}: 50 - -"] },
        { "err.count:fold/req.count:fold", [$"{S1}: 0.25", $"{S2}: 0.5"] },
        { "1+2*3", [": 7 7 7"] },
        { "42", [": 42 42 42"] },
        { "(svc.rt:splitBy():max + svc.rt:splitBy():min):fold(max)", [": 100"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Query_Expression_CombinesSeriesAsDocumented(string selector, string[] expected)
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(Lines);

        var data = await harness.OkAsync(selector, Ms("11:00:00"), Ms("11:03:00"), "1m");

        Assert.Equal(expected, Describe(Assert.Single(data.Result)));
    }

    [Fact]
    public async Task Query_ExpressionWithUnknownMetric_IsNotFound()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(Lines);

        var error = await harness.ErrorAsync("svc.rt:max/nope.rt:max", Pharos.Metrics.Query.MetricQueryStatus.NotFound);

        Assert.Equal("PH4105", error.Code);
    }
}
