using Pharos.Metrics.Query;
using static Pharos.Metrics.Tests.Query.QueryHarness;

namespace Pharos.Metrics.Tests.Query;

/// <summary><c>:parents</c> adds the parent entity dimension through <see cref="IEntityParentResolver"/>.</summary>
public sealed class ParentsTransformationTests
{
    private const string Lines = """
        proc.cpu,dt.entity.process_group_instance=PROCESS_GROUP_INSTANCE-1 10 {11:00:30}
        proc.cpu,dt.entity.process_group_instance=PROCESS_GROUP_INSTANCE-2 20 {11:00:30}
        proc.cpu,dt.entity.process_group_instance=PROCESS_GROUP_INSTANCE-3 30 {11:00:30}
        proc.mem,dt.entity.process_group_instance=PROCESS_GROUP_INSTANCE-1,dt.entity.host=HOST-X 5 {11:00:30}
        """;

    [Fact]
    public async Task Parents_AddsTheParentDimensionAfterTheChild()
    {
        var parents = new FakeParents(("PROCESS_GROUP_INSTANCE-1", "HOST-A"), ("PROCESS_GROUP_INSTANCE-2", "HOST-B"));
        await using var harness = await CreateAsync(parents: parents);
        await harness.IngestAsync(Lines);

        var data = await harness.OkAsync("proc.cpu:parents", Ms("11:00:00"), Ms("11:01:00"));

        var series = data.Result[0].Data;
        Assert.Equal(["dt.entity.process_group_instance", "dt.entity.host"], series[0].DimensionMap.Keys);
        Assert.Equal(["PROCESS_GROUP_INSTANCE-1", "HOST-A"], series[0].Dimensions);
        Assert.Equal(["PROCESS_GROUP_INSTANCE-2", "HOST-B"], series[1].Dimensions);
        Assert.Equal("proc.cpu:parents", data.Result[0].MetricId);
    }

    [Fact]
    public async Task Parents_EntityWithoutRegisteredParent_GetsNullParent()
    {
        await using var harness = await CreateAsync(parents: new FakeParents(("PROCESS_GROUP_INSTANCE-1", "HOST-A")));
        await harness.IngestAsync(Lines);

        var data = await harness.OkAsync("proc.cpu:parents", Ms("11:00:00"), Ms("11:01:00"));

        var third = data.Result[0].Data.Single(s => s.DimensionMap["dt.entity.process_group_instance"] == "PROCESS_GROUP_INSTANCE-3");
        Assert.True(third.DimensionMap.ContainsKey("dt.entity.host"));
        Assert.Null(third.DimensionMap["dt.entity.host"]);
    }

    [Fact]
    public async Task Parents_ThenSplitByParent_AggregatesPerHost()
    {
        var parents = new FakeParents(("PROCESS_GROUP_INSTANCE-1", "HOST-A"), ("PROCESS_GROUP_INSTANCE-2", "HOST-A"), ("PROCESS_GROUP_INSTANCE-3", "HOST-B"));
        await using var harness = await CreateAsync(parents: parents);
        await harness.IngestAsync(Lines);

        var data = await harness.OkAsync("proc.cpu:parents:splitBy(\"dt.entity.host\"):sum", Ms("11:00:00"), Ms("11:01:00"), "Inf");

        var byHost = data.Result[0].Data.ToDictionary(s => s.DimensionMap["dt.entity.host"]!, s => s.Values[0]);
        Assert.Equal(30, byHost["HOST-A"]);
        Assert.Equal(30, byHost["HOST-B"]);
    }

    [Fact]
    public async Task Parents_ParentDimensionAlreadyPresent_KeepsTheIngestedValue()
    {
        var parents = new FakeParents(("PROCESS_GROUP_INSTANCE-1", "HOST-A"));
        await using var harness = await CreateAsync(parents: parents);
        await harness.IngestAsync(Lines);

        var series = await harness.SeriesAsync("proc.mem:parents", "11:00:00", "11:01:00");

        Assert.Equal("HOST-X", series.DimensionMap["dt.entity.host"]);
        Assert.Equal(2, series.DimensionMap.Count);
    }

    [Fact]
    public async Task Parents_ResolvesEachEntityOnceInOneCall()
    {
        var parents = new FakeParents(("PROCESS_GROUP_INSTANCE-1", "HOST-A"));
        await using var harness = await CreateAsync(parents: parents);
        await harness.IngestAsync(Lines);

        await harness.OkAsync("proc.cpu:parents", Ms("11:00:00"), Ms("11:01:00"));

        var call = Assert.Single(parents.Calls);
        Assert.Equal(["PROCESS_GROUP_INSTANCE-1", "PROCESS_GROUP_INSTANCE-2", "PROCESS_GROUP_INSTANCE-3"], call.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Parents_NoDataInTimeframe_ReturnsEmptyResultRatherThanAnError()
    {
        await using var harness = await CreateAsync(parents: new FakeParents());
        await harness.IngestAsync(Lines);

        var data = await harness.OkAsync("proc.cpu:parents", Ms("11:30:00"), Ms("11:31:00"));

        Assert.Empty(data.Result[0].Data);
    }
}
