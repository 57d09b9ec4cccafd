using Pharos.Metrics.Query;
using Pharos.Metrics.Query.Model;
using Pharos.Metrics.Storage;
using static Pharos.Metrics.Tests.Query.QueryHarness;

namespace Pharos.Metrics.Tests.Query;

public sealed class MetricQueryEngineTests
{
    private const string LatencyLines = """
        lat,svc=a gauge,min=1,max=9,sum=20,count=4 {11:20:10}
        lat,svc=a 4 {11:20:20}
        lat,svc=a 6 {11:20:50}
        req.count,svc=a count,delta=3 {11:20:10}
        req.count,svc=a count,delta=4 {11:20:40}
        """;

    [Fact]
    public async Task Query_PointsInSlots_TimestampsMarkSlotEndsAndEmptySlotsAreNull()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync("""
            cpu,host=a 1 {11:10:30}
            cpu,host=a 3 {11:10:45}
            cpu,host=a 5 {11:13:00}
            """);

        var series = await harness.SeriesAsync("cpu", "11:10:00", "11:15:00");

        Assert.Equal([At("11:11:00"), At("11:12:00"), At("11:13:00"), At("11:14:00"), At("11:15:00")], series.Timestamps);
        Assert.Equal([2, null, null, 5, null], series.Values);
        Assert.Equal(["a"], series.Dimensions);
        Assert.Equal("a", series.DimensionMap["host"]);
    }

    [Fact]
    public async Task Query_UnalignedTimeframe_SlotsWidenToWholeResolutionSteps()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync("cpu 1 {11:10:05}\ncpu 2 {11:14:55}");

        var series = await harness.SeriesAsync("cpu", "11:10:30", "11:14:30");

        Assert.Equal(At("11:11:00"), series.Timestamps[0]);
        Assert.Equal(At("11:15:00"), series.Timestamps[^1]);
        Assert.Equal([1, null, null, null, 2], series.Values);
    }

    [Fact]
    public async Task Query_NoParameters_DefaultsToTheLastTwoHoursAt120Points()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync("cpu 7 {11:30:00}");

        var data = await harness.OkAsync("cpu");

        Assert.Equal("1m", data.Resolution);
        var series = Assert.Single(Assert.Single(data.Result).Data);
        Assert.Equal(120, series.Timestamps.Count);
        Assert.Equal(At("10:01:00"), series.Timestamps[0]);
        Assert.Equal(At("12:00:00"), series.Timestamps[^1]);
        Assert.Equal(7, series.Values[90]);
    }

    [Theory]
    [InlineData("lat", 5.0)]
    [InlineData("lat:auto", 5.0)]
    [InlineData("lat:avg", 5.0)]
    [InlineData("lat:sum", 30.0)]
    [InlineData("lat:min", 1.0)]
    [InlineData("lat:max", 9.0)]
    [InlineData("lat:count", 6.0)]
    [InlineData("lat:median", 5.0)]
    [InlineData("lat:percentile(90)", 5.8)]
    [InlineData("lat:percentile(0)", 4.0)]
    [InlineData("req.count", 7.0)]
    [InlineData("req.count:auto", 7.0)]
    [InlineData("req.count:value", 7.0)]
    [InlineData("req.count:sum", 7.0)]
    [InlineData("req.count:count", 2.0)]
    [InlineData("req.count:avg", 3.5)]
    [InlineData("req.count:min", 3.0)]
    [InlineData("req.count:max", 4.0)]
    public async Task Query_Aggregation_ReducesTheSlotAsDocumented(string selector, double expected)
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(LatencyLines);

        var values = await harness.ValuesAsync(selector, "11:20:00", "11:21:00");

        Assert.Equal(expected, Assert.Single(values)!.Value, 9);
    }

    [Fact]
    public async Task Query_ValueOnAGauge_IsRejectedWithTheAllowedAggregations()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(LatencyLines);

        var error = await harness.ErrorAsync("lat:value");

        Assert.Equal("PH4108", error.Code);
        Assert.Equal("The gauge metric 'lat' has no 'value' aggregation; use one of auto, avg, count, max, median, min, percentile, sum.", error.Message);
        Assert.Equal("metricSelector:1:4", error.Location!.ToString());
    }

    [Theory]
    [InlineData("Inf", "Inf", 1)]
    [InlineData("5m", "5m", 6)]
    [InlineData("1h", "1h", 1)]
    [InlineData("60m", "1h", 1)]
    [InlineData("10", "5m", 6)]
    [InlineData("30", "1m", 30)]
    [InlineData("1d", "1d", 1)]
    public async Task Query_ResolutionForms_LayOutTheExpectedSlots(string resolution, string label, int slots)
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(LatencyLines);

        var data = await harness.OkAsync("lat:max", Ms("11:00:00"), Ms("11:30:00"), resolution);

        Assert.Equal(label, data.Resolution);
        var series = Assert.Single(Assert.Single(data.Result).Data);
        Assert.Equal(slots, series.Timestamps.Count);
        Assert.Equal(9, series.Values.Max());
    }

    [Fact]
    public async Task Query_ResolutionInf_OneSlotExactlyOverTheTimeframeReportedAtTo()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(LatencyLines);

        var series = await harness.SeriesAsync("lat:sum", "11:20:15", "11:20:55", "Inf");

        Assert.Equal([At("11:20:55")], series.Timestamps);
        Assert.Equal([10.0], series.Values);
    }

    [Fact]
    public async Task Query_PerSelectorResolution_AppliesToTheNamedSelectorOnly()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(LatencyLines);

        var data = await harness.OkAsync("lat:max,req.count", Ms("11:00:00"), Ms("11:30:00"), "0:Inf,1:10m");

        Assert.Single(data.Result[0].Data[0].Timestamps);
        Assert.Equal(3, data.Result[1].Data[0].Timestamps.Count);
        Assert.Equal("Inf", data.Resolution);
    }

    [Fact]
    public async Task Query_SeveralSelectors_OneResultEachEchoingTheCanonicalSelector()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(LatencyLines);

        var data = await harness.OkAsync(" lat : splitBy( \"svc\" ) : max , req.count:fold ", Ms("11:00:00"), Ms("11:30:00"));

        Assert.Equal(["lat:splitBy(\"svc\"):max", "req.count:fold"], data.Result.Select(r => r.MetricId));
        Assert.Equal(2, data.TotalCount);
        Assert.Null(data.NextPageKey);
    }

    [Fact]
    public async Task Query_UnknownMetric_IsNotFoundWithASuggestion()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(LatencyLines);

        var error = await harness.ErrorAsync("lat:avg,req.cont", MetricQueryStatus.NotFound);

        Assert.Equal("PH4105", error.Code);
        Assert.Equal("The metric 'req.cont' does not exist: nothing has been ingested under that key. Did you mean 'req.count'?", error.Message);
        Assert.Equal("metricSelector:1:9", error.Location!.ToString());
    }

    [Fact]
    public async Task Query_SelectorSyntaxError_IsBadRequestWithTheParserDiagnostic()
    {
        await using var harness = await CreateAsync();

        var result = await harness.QueryAsync("cpu:avgg");

        Assert.Equal(MetricQueryStatus.BadRequest, result.Status);
        Assert.Equal("PH4007", Assert.Single(result.Diagnostics).Code);
        Assert.StartsWith("Unknown transformation ':avgg'.", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_SeriesWithoutPointsInTheTimeframe_AreLeftOut()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync("cpu,host=a 1 {11:10:00}\ncpu,host=b 2 {11:40:00}");

        var data = await harness.OkAsync("cpu", Ms("11:00:00"), Ms("11:20:00"));

        Assert.Equal(["host=a: 1"], Describe(Assert.Single(data.Result)).Select(d => d.Replace(" -", "", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Query_Response_SerializesToTheDynatraceShape()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync("cpu.temperature,dt.entity.host=HOST-4587AE40F95AD90D,cpu=1 55 {11:02:30}\ncpu.temperature,dt.entity.host=HOST-4587AE40F95AD90D,cpu=1 54.5 {11:04:10}");

        var data = await harness.OkAsync("cpu.temperature:avg", Ms("11:02:00"), Ms("11:05:00"), "1m");
        var json = MetricQueryJson.Serialize(data);

        Assert.Equal(
            "{\"totalCount\":1,\"nextPageKey\":null,\"resolution\":\"1m\",\"warnings\":[],\"result\":[{\"metricId\":\"cpu.temperature:avg\","
            + "\"dataPointCountRatio\":1E-07,\"dimensionCountRatio\":1E-05,\"warnings\":[],\"data\":[{\"dimensions\":[\"1\",\"HOST-4587AE40F95AD90D\"],"
            + "\"dimensionMap\":{\"cpu\":\"1\",\"dt.entity.host\":\"HOST-4587AE40F95AD90D\"},"
            + $"\"timestamps\":[{Ms("11:03:00")},{Ms("11:04:00")},{Ms("11:05:00")}],\"values\":[55,null,54.5]}}]}}]}}",
            json);
    }

    [Fact]
    public async Task Query_IsoAndRelativeTimes_AreAccepted()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync("cpu 3 {11:30:00}");

        var iso = await harness.OkAsync("cpu:max", "2025-07-08T11:00:00Z", "2025-07-08 13:00:00+01:00", "Inf");
        var relative = await harness.OkAsync("cpu:max", "now-1h", "now", "Inf");

        Assert.Equal(3, iso.Result[0].Data[0].Values[0]);
        Assert.Equal(3, relative.Result[0].Data[0].Values[0]);
        Assert.Equal(At("12:00:00"), iso.Result[0].Data[0].Timestamps[0]);
    }

    [Fact]
    public async Task Query_WhileIngesting_CountsOnlyGrowAndEndExact()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync("cpu,host=a 1 {11:10:00}");
        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < 200; i++)
            {
                await harness.IngestAsync("cpu,host=a 1 {11:10:00}\ncpu,host=b 1 {11:10:00}");
            }
        });

        double lastA = 0, lastB = 0;
        var queries = 0;
        while (!writer.IsCompleted || queries == 0)
        {
            var data = await harness.OkAsync("cpu:count", Ms("11:00:00"), Ms("11:20:00"), "Inf");
            var counts = data.Result[0].Data.ToDictionary(s => s.DimensionMap["host"]!, s => s.Values[0]!.Value);
            Assert.True(counts["a"] >= lastA && counts.GetValueOrDefault("b") >= lastB, "a query never sees fewer points than an earlier one");
            (lastA, lastB) = (counts["a"], counts.GetValueOrDefault("b"));
            queries++;
        }

        await writer;
        Assert.Equal(["host=a: 201", "host=b: 200"], Describe((await harness.OkAsync("cpu:count", Ms("11:00:00"), Ms("11:20:00"), "Inf")).Result[0]));
    }
}
