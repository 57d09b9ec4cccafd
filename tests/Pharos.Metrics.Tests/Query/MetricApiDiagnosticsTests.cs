using Pharos.Core.Diagnostics;
using Pharos.Metrics.Query;
using static Pharos.Metrics.Tests.Query.QueryHarness;

namespace Pharos.Metrics.Tests.Query;

/// <summary>Each query diagnostic (PH41xx) with its exact message and location. Descriptor codes are in Descriptors tests.</summary>
public sealed class MetricApiDiagnosticsTests
{
    private const string Lines = """
        svc.rt,dt.entity.service=SERVICE-1,region=eu 10 {11:00:30}
        svc.rt,dt.entity.service=SERVICE-2,region=us 30 {11:00:30}
        svc.rt,dt.entity.service=SERVICE-10,region=eu 5 {11:01:10}
        req.count count,delta=3 {11:00:10}
        """;

    [Fact]
    public async Task PH4101_InvalidTime() => await Expect(
        h => h.QueryAsync("svc.rt", from: "yesterday"),
        "PH4101", "from:1:1",
        "'yesterday' is not a valid from time; use UTC milliseconds (1701090120000), ISO 8601 (2023-11-27T13:02:00Z) or a relative time (now-2h, now-1d/d).");

    [Fact]
    public async Task PH4102_EmptyTimeframe() => await Expect(
        h => h.QueryAsync("svc.rt", from: "now", to: "now-1h"),
        "PH4102", "from:1:1",
        "The timeframe is empty: from (2025-07-08T12:00:00.000Z) must be before to (2025-07-08T11:00:00.000Z). Swap them or widen the timeframe.");

    [Fact]
    public async Task PH4103_InvalidResolution() => await Expect(
        h => h.QueryAsync("svc.rt", resolution: "30s"),
        "PH4103", "resolution:1:1",
        "'30s' is not a resolution; use a number of data points (60), a duration of at least one minute (1m, 5m, 1h, 1d, 1w, 1M, 1q, 1y), Inf, or per selector 0:Inf,1:10.");

    [Fact]
    public async Task PH4104_ResolutionTooFine() => await Expect(
        h => h.QueryAsync("svc.rt", from: "now-8d", resolution: "1m"),
        "PH4104", "resolution:1:1",
        "Resolution 1m gives 11520 data points per series; at most 10080 are allowed. Use a coarser resolution or a shorter timeframe.");

    [Fact]
    public async Task PH4106_WildcardInQuery() => await Expect(
        h => h.QueryAsync("svc.*:avg"),
        "PH4106", "metricSelector:1:1",
        "'svc.*' is a wildcard; the query endpoint needs exact metric keys. List the metrics with GET /api/v2/metrics?metricSelector=svc.* first.");

    [Fact]
    public async Task PH4107_AlreadyAggregated() => await Expect(
        h => h.QueryAsync("svc.rt:avg:max"),
        "PH4107", "metricSelector:1:11",
        "':max' cannot follow another aggregation; keep one aggregation per chain (use :fold(agg) or :rollup(agg,window) to aggregate again).");

    [Fact]
    public async Task PH4109_NeedsAggregation() => await Expect(
        h => h.QueryAsync("req.count:rate(1s)"),
        "PH4109", "metricSelector:1:10",
        "':rate' needs an aggregation before it, e.g. :sum:rate or :avg:rate.");

    [Fact]
    public async Task PH4110_RateTwice() => await Expect(
        h => h.QueryAsync("req.count:sum:rate:rate"),
        "PH4110", "metricSelector:1:19",
        "':rate' may appear only once in a transformation chain; remove the second one.");

    [Fact]
    public async Task PH4111_NotSupported() => await Expect(
        h => h.QueryAsync("svc.rt:parents"),
        "PH4111", "metricSelector:1:7",
        "':parents' is not supported by the local environment: this query engine has no entity registry to find parents in.");

    [Fact]
    public async Task PH4128_NoParentRelationship() => await Expect(
        h => h.QueryAsync("svc.rt:parents"),
        "PH4128", "metricSelector:1:7",
        "':parents' needs an entity dimension that has a parent, but none of dt.entity.service has one. Parents are known for dt.entity.process_group_instance (parent dt.entity.host).",
        parents: new FakeParents());

    [Fact]
    public async Task PH4128_NoEntityDimension() => await Expect(
        h => h.QueryAsync("req.count:parents"),
        "PH4128", "metricSelector:1:10",
        "':parents' needs an entity dimension that has a parent, but the series have no entity dimension. Parents are known for dt.entity.process_group_instance (parent dt.entity.host).",
        parents: new FakeParents());

    [Fact]
    public async Task PH4112_TooManySeries() => await Expect(
        h => h.QueryAsync("svc.rt:avg"),
        "PH4112", "metricSelector:1:1",
        "'svc.rt:avg' returns 3 series; at most 2 are allowed. Narrow it with :filter(…), :splitBy(…) or :limit(2).",
        new MetricQueryOptions { MaxSeries = 2 });

    [Fact]
    public async Task PH4113_TooManyPoints() => await Expect(
        h => h.QueryAsync("svc.rt:avg", from: Ms("11:00:00"), to: Ms("11:03:00"), resolution: "1m"),
        "PH4113", "metricSelector:1:1",
        "The query returns 9 data points; at most 5 are allowed. Use a coarser resolution, fewer series or fewer selectors.",
        new MetricQueryOptions { MaxTotalPoints = 5 });

    [Fact]
    public async Task PH4114_TooManyReadSeries() => await Expect(
        h => h.QueryAsync("svc.rt:splitBy()"),
        "PH4114", "metricSelector:1:1",
        "The metric 'svc.rt' has more than 2 series in the timeframe; add a :filter(…) right after the key or pass an entitySelector.",
        new MetricQueryOptions { MaxReadSeries = 2 });

    [Fact]
    public async Task PH4115_EntitySelectorUnavailable() => await Expect(
        h => h.QueryAsync("svc.rt", entitySelector: "type(SERVICE)"),
        "PH4115", "entitySelector:1:1",
        "Entity selectors cannot be resolved here: the environment has no entity registry configured. Filter on the dimension instead, e.g. :filter(eq(\"dt.entity.host\",\"HOST-…\")).");

    [Fact]
    public async Task PH4115_EntitySelectorInFilterUnavailable_PointsAtTheSelector() => await Expect(
        h => h.QueryAsync("svc.rt:filter(in(\"dt.entity.service\",entitySelector(\"type(SERVICE)\")))"),
        "PH4115", "metricSelector:1:38",
        "Entity selectors cannot be resolved here: the environment has no entity registry configured. Filter on the dimension instead, e.g. :filter(eq(\"dt.entity.host\",\"HOST-…\")).");

    [Fact]
    public async Task PH4116_InvalidEntitySelector() => await Expect(
        h => h.QueryAsync("svc.rt", entitySelector: "flavour(x)"),
        "PH4116", "entitySelector:1:1",
        "The entity selector \"flavour(x)\" is invalid: unknown criterion; use type(\"HOST\")",
        entities: new FakeEntities([]));

    [Fact]
    public async Task PH4117_CannotFollowFold() => await Expect(
        h => h.QueryAsync("svc.rt:fold:delta"),
        "PH4117", "metricSelector:1:12",
        "':delta' needs a series over time, but the chain was already folded to a single value; move ':delta' before :fold or :last.");

    [Fact]
    public async Task PH4118_UnknownUnitConversion() => await Expect(
        h => h.QueryAsync("svc.rt:avg:toUnit(Byte,Second)"),
        "PH4118", "metricSelector:1:11",
        "Cannot convert from 'Byte' to 'Second'; :toUnit converts between time units (NanoSecond … Day), byte units (Byte, KiloByte, KibiByte, …) or bit units of the same family.");

    [Fact]
    public async Task PH4119_InvalidPartition() => await Expect(
        h => h.QueryAsync("svc.rt:avg:partition(\"p\",value(\"x\",between(1,2)))"),
        "PH4119", "metricSelector:1:36",
        "'between(1,2)' is not a partition criterion here; use value(\"label\",lt|le|eq|ne|gt|ge(number)), value(\"label\",otherwise) or dimension(\"label\",<condition>).");

    [Fact]
    public async Task PH4120_ResolutionIndexOutOfRange() => await Expect(
        h => h.QueryAsync("svc.rt", resolution: "0:5m,3:Inf"),
        "PH4120", "resolution:1:1",
        "The resolution '0:5m,3:Inf' names selector 3, but the query has 1 (numbered from 0).");

    [Fact]
    public async Task PH4127_TooManyReadSlots() => await Expect(
        h => h.QueryAsync("svc.rt", from: Ms("11:00:00"), to: Ms("11:03:00"), resolution: "1m"),
        "PH4127", "metricSelector:1:1",
        "Reading 'svc.rt' would materialise 9 series slots; at most 5 are allowed. Add a :filter(…), pass an entitySelector or use a coarser resolution.",
        new MetricQueryOptions { MaxReadSlots = 5 });

    [Fact]
    public void EveryQueryCode_IsCoveredHere()
    {
        var tested = typeof(MetricApiDiagnosticsTests).GetMethods().Select(m => m.Name).Where(n => n.StartsWith("PH41", StringComparison.Ordinal)).Select(n => n[..6]).ToHashSet();
        string[] queryCodes = ["PH4101", "PH4102", "PH4103", "PH4104", "PH4106", "PH4107", "PH4109", "PH4110", "PH4111", "PH4112", "PH4113", "PH4114", "PH4115", "PH4116", "PH4117", "PH4118", "PH4119", "PH4120", "PH4127", "PH4128"];

        Assert.Equal(queryCodes.Order(StringComparer.Ordinal), tested.Order(StringComparer.Ordinal));
    }

    private static async Task Expect(
        Func<QueryHarness, Task<MetricQueryResult>> query,
        string code,
        string location,
        string message,
        MetricQueryOptions? options = null,
        IEntitySelectorResolver? entities = null,
        IEntityParentResolver? parents = null)
    {
        await using var harness = await CreateAsync(entities, options: options, parents: parents);
        await harness.IngestAsync(Lines);

        var result = await query(harness);

        Assert.Equal(MetricQueryStatus.BadRequest, result.Status);
        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((code, location, message, Severity.Error), (diagnostic.Code, diagnostic.Location!.ToString(), diagnostic.Message, diagnostic.Severity));
    }
}
