using Pharos.Evaluation.Entities;
using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Series;

namespace Pharos.Evaluation.Tests.Series;

public sealed class InMemoryMetricSeriesSourceTests
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly InMemoryEntityDirectory _entities = new();
    private readonly InMemoryMetricSeriesSource _source;

    public InMemoryMetricSeriesSourceTests()
    {
        _entities.Add(new EntityInfo("SERVICE-00000000000000A1", "SERVICE", "checkout", ["[Kubernetes]app:checkout"], [new ManagementZoneRef("42", "Payments")]));
        _entities.Add(new EntityInfo("SERVICE-00000000000000B2", "SERVICE", "billing", ["[Kubernetes]app:billing"], []));
        _source = new InMemoryMetricSeriesSource(_entities);
        Add("requests", [("ns", "prod-a"), ("code", "200")], [90, 80, double.NaN]);
        Add("requests", [("ns", "prod-a"), ("code", "500")], [10, 20, 5]);
        Add("requests", [("ns", "prod-b"), ("code", "200")], [50, 50, 50]);
        Add("rt", [("dt.entity.service", "SERVICE-00000000000000A1")], [100, 200, 300]);
        Add("rt", [("dt.entity.service", "SERVICE-00000000000000B2")], [1, 2, 3]);
    }

    [Fact]
    public async Task SplitBySum_GroupsAndSumsPerMinute()
    {
        var result = await Selector("requests:splitBy(\"ns\"):sum");

        Assert.Equal(["ns=prod-a: 100 100 5", "ns=prod-b: 50 50 50"], Format(result));
    }

    [Fact]
    public async Task SplitByWithoutAggregation_AveragesLikeAuto()
    {
        Assert.Equal(["ns=prod-a: 50 50 5", "ns=prod-b: 50 50 50"], Format(await Selector("requests:splitBy(\"ns\")")));
    }

    [Fact]
    public async Task FilterWithOrAndEq_KeepsMatchingSeries()
    {
        var result = await Selector("requests:filter(and(eq(\"code\",\"500\"),or(eq(\"ns\",\"prod-a\"),eq(\"ns\",\"prod-c\")))):splitBy():sum");

        Assert.Equal([": 10 20 5"], Format(result));
    }

    [Fact]
    public async Task RatioOfTwoSelectors_JoinsOnDimensions()
    {
        var result = await Selector("(requests:filter(eq(\"code\",\"500\")):splitBy(\"ns\"):sum)/(requests:splitBy(\"ns\"):sum)*(100)");

        Assert.Equal(["ns=prod-a: 10 20 100"], Format(result));
    }

    [Fact]
    public async Task DefaultFillsGaps()
    {
        var result = await Selector("requests:filter(eq(\"code\",\"200\")):filter(eq(\"ns\",\"prod-a\")):splitBy():sum:default(0)");

        Assert.Equal([": 90 80 0"], Format(result));
    }

    [Fact]
    public async Task InEntitySelector_MatchesByTag()
    {
        var result = await Selector("rt:filter(in(\"dt.entity.service\",entitySelector(\"type(SERVICE),tag(~\"[Kubernetes]app:checkout~\")\"))):splitBy(\"dt.entity.service\"):avg");

        Assert.Equal(["dt.entity.service=SERVICE-00000000000000A1: 100 200 300"], Format(result));
    }

    [Fact]
    public async Task Timeshift_ReadsEarlierMinutes()
    {
        var result = await Selector("rt:filter(eq(\"dt.entity.service\",\"SERVICE-00000000000000A1\")):timeshift(-1m)", from: T0.AddMinutes(1), minutes: 2);

        Assert.Equal(["dt.entity.service=SERVICE-00000000000000A1: 100 200"], Format(result));
    }

    [Fact]
    public async Task Rollup_AggregatesATrailingWindow()
    {
        var result = await Selector("rt:filter(eq(\"dt.entity.service\",\"SERVICE-00000000000000A1\")):rollup(max, 2m)");

        Assert.Equal(["dt.entity.service=SERVICE-00000000000000A1: 100 200 300"], Format(result));
    }

    [Fact]
    public async Task UnsupportedTransformation_IsAnErrorNotAGuess()
    {
        var result = await Selector("rt:fold");

        Assert.True(result.IsError);
        Assert.Equal("the transformation ':fold' is not supported", result.Error);
    }

    [Fact]
    public async Task MetricKey_EntityFilterAndManagementZone_SelectOneService()
    {
        var definition = new MetricQueryDefinition(
            QueryType.MetricKey, "rt", null, MetricAggregation.Avg, null,
            new EntityFilter("dt.entity.service", [new EntityFilterCondition(EntityFilterType.Name, TextOperator.StartsWith, "check")]),
            [], "42");

        var result = await _source.QueryAsync(new MetricSeriesQuery(definition, T0, 3), CancellationToken.None);

        Assert.Equal(["dt.entity.service=SERVICE-00000000000000A1: 100 200 300"], Format(result));
    }

    [Theory]
    [InlineData(TextOperator.DoesNotEqual, "500", "code=200,ns=prod-a|code=200,ns=prod-b")]
    [InlineData(TextOperator.StartsWith, "5", "code=500,ns=prod-a")]
    [InlineData(TextOperator.ContainsCaseInsensitive, "0", "code=200,ns=prod-a|code=200,ns=prod-b|code=500,ns=prod-a")]
    public async Task MetricKey_DimensionFilterOperators(TextOperator op, string value, string expected)
    {
        var definition = new MetricQueryDefinition(QueryType.MetricKey, "requests", null, MetricAggregation.Avg, null, null, [new DimensionFilter("code", value, op)], null);

        var result = await _source.QueryAsync(new MetricSeriesQuery(definition, T0, 3), CancellationToken.None);

        Assert.Equal(expected, string.Join('|', result.Series.Select(s => s.Dimensions.Key)));
    }

    private void Add(string key, (string, string)[] dims, double[] values) => _source.Add(key, SeriesDimensions.Of(dims), T0, values);

    private async Task<MetricSeriesResult> Selector(string selector, DateTimeOffset? from = null, int minutes = 3)
    {
        var definition = new MetricQueryDefinition(QueryType.MetricSelector, null, selector, MetricAggregation.Avg, null, null, [], null);
        return await _source.QueryAsync(new MetricSeriesQuery(definition, from ?? T0, minutes), CancellationToken.None);
    }

    private static List<string> Format(MetricSeriesResult result)
    {
        Assert.False(result.IsError, result.Error);
        return [.. result.Series.Select(s => s.Dimensions.Key + ": " + string.Join(' ', s.Values.ToArray().Select(v => double.IsNaN(v) ? "_" : v.ToString(System.Globalization.CultureInfo.InvariantCulture))))];
    }
}
