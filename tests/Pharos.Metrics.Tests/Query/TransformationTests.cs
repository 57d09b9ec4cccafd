using Pharos.Metrics.Query.Model;
using static Pharos.Metrics.Tests.Query.QueryHarness;

namespace Pharos.Metrics.Tests.Query;

/// <summary>
/// Every transformation over one small data set: three services, three one-minute slots 11:00–11:03.
/// SERVICE-1/eu = [10, 20, -], SERVICE-10/eu = [-, 5, -], SERVICE-2/us = [30, -, 50].
/// </summary>
public sealed class TransformationTests
{
    private const string Lines = """
        svc.rt,dt.entity.service=SERVICE-1,region=eu 10 {11:00:30}
        svc.rt,dt.entity.service=SERVICE-1,region=eu 20 {11:01:30}
        svc.rt,dt.entity.service=SERVICE-2,region=us 30 {11:00:30}
        svc.rt,dt.entity.service=SERVICE-2,region=us 50 {11:02:30}
        svc.rt,dt.entity.service=SERVICE-10,region=eu 5 {11:01:10}
        """;

    private const string S1 = "dt.entity.service=SERVICE-1,region=eu";
    private const string S10 = "dt.entity.service=SERVICE-10,region=eu";
    private const string S2 = "dt.entity.service=SERVICE-2,region=us";

    public static TheoryData<string, string[]> Cases => new()
    {
        { "svc.rt", [$"{S1}: 10 20 -", $"{S10}: - 5 -", $"{S2}: 30 - 50"] },
        { "svc.rt:filter(eq(\"region\",\"eu\"))", [$"{S1}: 10 20 -", $"{S10}: - 5 -"] },
        { "svc.rt:filter(eq(region,eu))", [$"{S1}: 10 20 -", $"{S10}: - 5 -"] },
        { "svc.rt:filter(ne(\"region\",\"eu\"))", [$"{S2}: 30 - 50"] },
        { "svc.rt:filter(prefix(\"dt.entity.service\",\"SERVICE-1\"))", [$"{S1}: 10 20 -", $"{S10}: - 5 -"] },
        { "svc.rt:filter(suffix(\"dt.entity.service\",\"-2\"))", [$"{S2}: 30 - 50"] },
        { "svc.rt:filter(contains(\"dt.entity.service\",\"ICE-10\"))", [$"{S10}: - 5 -"] },
        { "svc.rt:filter(existsKey(\"region\"))", [$"{S1}: 10 20 -", $"{S10}: - 5 -", $"{S2}: 30 - 50"] },
        { "svc.rt:filter(existsKey(\"zone\"))", [] },
        { "svc.rt:filter(remainder(\"region\"))", [] },
        { "svc.rt:filter(and(eq(\"region\",\"eu\"),not(eq(\"dt.entity.service\",\"SERVICE-10\"))))", [$"{S1}: 10 20 -"] },
        { "svc.rt:filter(or(eq(\"region\",\"us\"),eq(\"dt.entity.service\",\"SERVICE-10\")))", [$"{S10}: - 5 -", $"{S2}: 30 - 50"] },
        { "svc.rt:filter(eq(\"region\",\"eu\"),ne(\"dt.entity.service\",\"SERVICE-1\"))", [$"{S10}: - 5 -"] },
        { "svc.rt:filter(series(max,gt(25)))", [$"{S2}: 30 - 50"] },
        { "svc.rt:filter(series(avg,lt(10)))", [$"{S10}: - 5 -"] },
        { "svc.rt:avg:filter(series(avg,ge(15)))", [$"{S1}: 10 20 -", $"{S2}: 30 - 50"] },
        { "svc.rt:filter(or(series(count,eq(1)),eq(\"region\",\"us\")))", [$"{S10}: - 5 -", $"{S2}: 30 - 50"] },
        { "svc.rt:splitBy(\"region\")", ["region=eu: 10 12.5 -", "region=us: 30 - 50"] },
        { "svc.rt:splitBy(\"region\"):max", ["region=eu: 10 20 -", "region=us: 30 - 50"] },
        { "svc.rt:max:splitBy(\"region\")", ["region=eu: 10 25 -", "region=us: 30 - 50"] },
        { "svc.rt:splitBy(\"zone\")", ["zone=null: 20 12.5 50"] },
        { "svc.rt:splitBy()", [": 20 12.5 50"] },
        { "svc.rt:splitBy():sum", [": 40 25 50"] },
        { "svc.rt:splitBy():count", [": 2 2 1"] },
        { "svc.rt:merge(\"dt.entity.service\")", ["region=eu: 10 12.5 -", "region=us: 30 - 50"] },
        { "svc.rt:fold", [$"{S1}: 15", $"{S10}: 5", $"{S2}: 40"] },
        { "svc.rt:fold(max)", [$"{S1}: 20", $"{S10}: 5", $"{S2}: 50"] },
        { "svc.rt:avg:fold", [$"{S1}: 30", $"{S10}: 5", $"{S2}: 80"] },
        { "svc.rt:avg:fold(avg)", [$"{S1}: 15", $"{S10}: 5", $"{S2}: 40"] },
        { "svc.rt:splitBy():fold(median)", [": 20"] },
        { "svc.rt:last", [$"{S1}: 20", $"{S10}: 5", $"{S2}: 50"] },
        { "svc.rt:last(min)", [$"{S1}: 20", $"{S10}: 5", $"{S2}: 50"] },
        { "svc.rt:limit(2)", [$"{S1}: 10 20 -", $"{S10}: - 5 -"] },
        { "svc.rt:sort(value(max,descending))", [$"{S2}: 30 - 50", $"{S1}: 10 20 -", $"{S10}: - 5 -"] },
        { "svc.rt:sort(value(avg,ascending)):limit(2)", [$"{S10}: - 5 -", $"{S1}: 10 20 -"] },
        { "svc.rt:sort(dimension(\"dt.entity.service\",ascending,natural))", [$"{S1}: 10 20 -", $"{S2}: 30 - 50", $"{S10}: - 5 -"] },
        { "svc.rt:sort(dimension(\"dt.entity.service\",descending,natural))", [$"{S10}: - 5 -", $"{S2}: 30 - 50", $"{S1}: 10 20 -"] },
        { "svc.rt:sort(dimension(\"dt.entity.service\",descending))", [$"{S2}: 30 - 50", $"{S10}: - 5 -", $"{S1}: 10 20 -"] },
        { "svc.rt:sort(dimension(\"region\",descending),value(max,ascending))", [$"{S2}: 30 - 50", $"{S10}: - 5 -", $"{S1}: 10 20 -"] },
        { "svc.rt:default(0)", [$"{S1}: 10 20 0", $"{S10}: 0 5 0", $"{S2}: 30 0 50"] },
        { "svc.rt:avg:default(-1):lastReal", [$"{S1}: 20", $"{S10}: 5", $"{S2}: 50"] },
        { "svc.rt:avg:default(-1):last", [$"{S1}: -1", $"{S10}: -1", $"{S2}: 50"] },
        { "svc.rt:max:delta", [$"{S1}: - 10 -", $"{S10}: - - -", $"{S2}: - - -"] },
        { "svc.rt:avg:smooth(skipfirst)", [$"{S1}: 10 20 -", $"{S10}: - - -", $"{S2}: 30 - -"] },
        { "svc.rt:setUnit(MilliSecond)", [$"{S1}: 10 20 -", $"{S10}: - 5 -", $"{S2}: 30 - 50"] },
        { "svc.rt:avg:toUnit(MilliSecond,Second)", [$"{S1}: 0.01 0.02 -", $"{S10}: - 0.005 -", $"{S2}: 0.03 - 0.05"] },
        { "svc.rt:avg:partition(\"latency\",value(\"slow\",gt(25)),value(\"fast\",otherwise))",
            [$"{S1},latency=fast: 10 20 -", $"{S10},latency=fast: - 5 -", $"{S2},latency=slow: 30 - 50"] },
        { "svc.rt:partition(\"zone\",dimension(\"west\",eq(\"region\",\"eu\")),dimension(\"rest\",otherwise))",
            [$"{S1},zone=west: 10 20 -", $"{S10},zone=west: - 5 -", $"{S2},zone=rest: 30 - 50"] },
        { "svc.rt:filter(eq(\"region\",\"us\")):rollup(max,2m)", [$"{S2}: 30 30 50"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Query_Transformation_ProducesTheDocumentedSeries(string selector, string[] expected)
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(Lines);

        var data = await harness.OkAsync(selector, Ms("11:00:00"), Ms("11:03:00"), "1m");

        var result = Assert.Single(data.Result);
        Assert.Equal(selector, result.MetricId);
        Assert.Equal(expected, Describe(result));
    }

    [Fact]
    public async Task Fold_And_Last_ReportTheirSinglePointAtTheRightTime()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(Lines);

        var fold = Assert.Single((await harness.OkAsync("svc.rt:fold", Ms("11:00:00"), Ms("11:03:00"))).Result);
        var last = Assert.Single((await harness.OkAsync("svc.rt:last", Ms("11:00:00"), Ms("11:03:00"))).Result);

        Assert.All(fold.Data, s => Assert.Equal([At("11:03:00")], s.Timestamps));
        Assert.Equal([[At("11:02:00")], [At("11:02:00")], [At("11:03:00")]], last.Data.Select(s => s.Timestamps.ToArray()));
    }

    [Fact]
    public async Task SplitByNothing_GivesEmptyDimensionsAndMap()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(Lines);

        var series = await harness.SeriesAsync("svc.rt:splitBy()", "11:00:00", "11:03:00");

        Assert.Empty(series.Dimensions);
        Assert.Empty(series.DimensionMap);
    }

    [Fact]
    public async Task SplitByMissingDimension_ReportsNullAsInTheRemainder()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(Lines);

        var series = await harness.SeriesAsync("svc.rt:splitBy(\"zone\")", "11:00:00", "11:03:00");

        Assert.Equal([null], series.Dimensions);
        Assert.Null(series.DimensionMap["zone"]);
    }

    [Fact]
    public async Task Names_AddsANameDimensionBeforeEachEntityDimension()
    {
        var entities = new FakeEntities([], new Dictionary<string, string> { ["SERVICE-1"] = "checkout" });
        await using var harness = await CreateAsync(names: entities);
        await harness.IngestAsync(Lines);

        var data = await harness.OkAsync("svc.rt:filter(eq(\"region\",\"eu\")):names", Ms("11:00:00"), Ms("11:03:00"));

        var first = data.Result[0].Data[0];
        Assert.Equal(["checkout", "SERVICE-1", "eu"], first.Dimensions);
        Assert.Equal(["dt.entity.service.name", "dt.entity.service", "region"], first.DimensionMap.Keys);
        Assert.Equal("SERVICE-10", data.Result[0].Data[1].DimensionMap["dt.entity.service.name"]);
    }

    [Fact]
    public async Task Timeshift_ShowsEarlierDataAtTheCurrentTimestamps()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(Lines);

        var data = await harness.OkAsync("svc.rt:filter(eq(\"region\",\"us\")):timeshift(-5m)", Ms("11:05:00"), Ms("11:08:00"));

        var series = Assert.Single(data.Result[0].Data);
        Assert.Equal([At("11:06:00"), At("11:07:00"), At("11:08:00")], series.Timestamps);
        Assert.Equal([30, null, 50], series.Values);
    }

    [Fact]
    public async Task Default_NoDataInTimeframe_WarnsUnlessAlways()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(Lines);

        var plain = await harness.OkAsync("svc.rt:default(0)", Ms("11:30:00"), Ms("11:33:00"));
        var always = await harness.OkAsync("svc.rt:default(0,always)", Ms("11:30:00"), Ms("11:33:00"));

        Assert.Empty(plain.Result[0].Data);
        Assert.Equal(["The :default operator could not be applied as it requires at least one written data point for the metric in the query timeframe."], plain.Warnings);
        Assert.Equal([": 0 0 0"], Describe(always.Result[0]));
    }

    [Fact]
    public async Task Rollup_WindowReachesBeforeTheTimeframe()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync("gg1 1 {11:00:30}\ngg1 2 {11:01:30}\ngg1 3 {11:02:30}\ngg1 4 {11:03:30}\ngg1 5 {11:04:30}");

        Assert.Equal([2, 3, 4], await harness.ValuesAsync("gg1:rollup(avg,3m)", "11:02:00", "11:05:00"));
        Assert.Equal([3, 4, 5], await harness.ValuesAsync("gg1:rollup(max,2m)", "11:02:00", "11:05:00"));
        Assert.Equal([5, 7, 9], await harness.ValuesAsync("gg1:avg:rollup(sum,2m)", "11:02:00", "11:05:00"));
        Assert.Equal([null, 1, 1, 1, 1], await harness.ValuesAsync("gg1:avg:delta", "11:00:00", "11:05:00"));
    }

    [Fact]
    public async Task Rate_ScalesSlotValuesToTheRateUnit()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync("req.count count,delta=60 {11:00:10}\nreq.count count,delta=120 {11:01:10}");

        Assert.Equal([1, 2], await harness.ValuesAsync("req.count:sum:rate(1s)", "11:00:00", "11:02:00"));
        Assert.Equal([60, 120], await harness.ValuesAsync("req.count:sum:rate", "11:00:00", "11:02:00"));
        Assert.Equal([90], await harness.ValuesAsync("req.count:sum:rate(1m)", "11:00:00", "11:02:00", "Inf"));
        Assert.Equal([180], await harness.ValuesAsync("req.count:fold:rate(2m)", "11:00:00", "11:02:00"));
    }

    [Fact]
    public async Task AsGauge_ChangesTheDefaultAggregationOfACountMetric()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync("req.count count,delta=2 {11:00:10}\nreq.count count,delta=4 {11:00:20}");

        Assert.Equal([6], await harness.ValuesAsync("req.count", "11:00:00", "11:01:00"));
        Assert.Equal([3], await harness.ValuesAsync("req.count:asGauge", "11:00:00", "11:01:00"));
    }

    [Fact]
    public async Task Filter_InEntitySelector_KeepsSeriesOfTheResolvedEntities()
    {
        var entities = new FakeEntities(new Dictionary<string, string[]> { ["type(\"SERVICE\"),tag(\"prod\")"] = ["SERVICE-2", "SERVICE-99"] });
        await using var harness = await CreateAsync(entities);
        await harness.IngestAsync(Lines);

        var data = await harness.OkAsync("svc.rt:filter(in(\"dt.entity.service\",entitySelector(\"type(~\"SERVICE~\"),tag(~\"prod~\")\")))", Ms("11:00:00"), Ms("11:03:00"));

        Assert.Equal([$"{S2}: 30 - 50"], Describe(data.Result[0]));
    }

    [Fact]
    public async Task EntitySelectorParameter_RestrictsToSeriesOfTheResolvedEntities()
    {
        var entities = new FakeEntities(new Dictionary<string, string[]> { ["type(SERVICE),entityName(\"checkout\")"] = ["SERVICE-1"] });
        await using var harness = await CreateAsync(entities);
        await harness.IngestAsync(Lines);

        var data = await harness.OkAsync("svc.rt:splitBy(\"region\")", Ms("11:00:00"), Ms("11:03:00"), "1m", "type(SERVICE),entityName(\"checkout\")");

        Assert.Equal(["region=eu: 10 20 -"], Describe(data.Result[0]));
    }

    [Fact]
    public async Task Query_FilterRightAfterTheKey_IsPushedToTheStoreSoOnlyMatchingSeriesAreRead()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(Lines);

        var filtered = await harness.OkAsync("svc.rt:filter(eq(\"region\",\"us\"))", Ms("11:00:00"), Ms("11:03:00"));
        var unfiltered = await harness.OkAsync("svc.rt:splitBy():filter(eq(\"region\",\"us\"))", Ms("11:00:00"), Ms("11:03:00"));

        Assert.Equal(1e-5, filtered.Result[0].DimensionCountRatio, 12);
        Assert.Equal(1e-7, filtered.Result[0].DataPointCountRatio, 12);
        Assert.Equal(3e-5, unfiltered.Result[0].DimensionCountRatio, 12);
    }
}
