using Pharos.Core.Diagnostics;
using Pharos.Metrics.Descriptors;
using Pharos.Metrics.Descriptors.Model;
using Pharos.Metrics.Ingest;
using Pharos.Metrics.Query;
using Pharos.Metrics.Storage;
using Pharos.Metrics.Tests.Query;
using static Pharos.Metrics.Tests.Query.QueryHarness;

namespace Pharos.Metrics.Tests.Descriptors;

public sealed class MetricDescriptorServiceTests
{
    private const string Lines = """
        #svc.rt gauge dt.meta.displayName="Service response time",dt.meta.description="Time to first byte",dt.meta.unit=MilliSecond
        svc.rt,dt.entity.service=SERVICE-1,region=eu 10 {11:00:30}
        svc.errors.count,dt.entity.service=SERVICE-1 count,delta=1 {11:00:30}
        host.cpu,dt.entity.host=HOST-1 55 {11:00:30}
        queue.depth 3 {11:00:30}
        """;

    [Fact]
    public async Task GetAsync_IngestedMetricWithMetadata_DescribesItFully()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(Lines);
        var service = new MetricDescriptorService(harness.Store, harness.Clock);

        var result = await service.GetAsync("svc.rt", CancellationToken.None);

        var d = result.Descriptor!;
        Assert.Equal(("svc.rt", "Service response time", "Time to first byte", "MilliSecond"), (d.MetricId, d.DisplayName, d.Description, d.Unit));
        Assert.Equal(["auto", "avg", "count", "max", "median", "min", "percentile", "sum"], d.AggregationTypes);
        Assert.Equal(new MetricDefaultAggregation("avg"), d.DefaultAggregation);
        Assert.Equal(["SERVICE"], d.EntityType);
        Assert.Equal(
            [new MetricDimensionDefinition("dt.entity.service", "dt.entity.service", "dt.entity.service", 0, "ENTITY"), new MetricDimensionDefinition("region", "region", "region", 1, "STRING")],
            d.DimensionDefinitions);
        Assert.Equal(harness.Clock.NowMs, d.Created);
        Assert.Equal(harness.Clock.NowMs, d.LastWritten);
        Assert.Contains("splitBy", d.Transformations!);
        Assert.DoesNotContain("parents", d.Transformations!);
    }

    [Fact]
    public async Task GetAsync_CountMetricWithoutMetadata_DefaultsDisplayNameUnitAndSumAggregation()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(Lines);
        var service = new MetricDescriptorService(harness.Store, harness.Clock);

        var d = (await service.GetAsync("svc.errors.count", CancellationToken.None)).Descriptor!;

        Assert.Equal(("svc.errors.count", "", "Unspecified"), (d.DisplayName, d.Description, d.Unit));
        Assert.Equal(new MetricDefaultAggregation("sum"), d.DefaultAggregation);
        Assert.Contains("value", d.AggregationTypes!);
    }

    [Fact]
    public async Task GetAsync_SettingsOverride_WinsOverIngestMetadata()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(Lines);
        await harness.Store.SetMetadataAsync("svc.rt", new MetricMetadataSettings
        {
            DisplayName = "Response time",
            Unit = "Second",
            Tags = ["team:payments"],
            Dimensions = [new MetricDimensionMetadata("region", "Region")],
            ValueType = "score",
            Latency = 5,
        }, CancellationToken.None);
        var service = new MetricDescriptorService(harness.Store, harness.Clock);

        var d = (await service.GetAsync("svc.rt", CancellationToken.None)).Descriptor!;

        Assert.Equal(("Response time", "Time to first byte", "Second"), (d.DisplayName, d.Description, d.Unit));
        Assert.Equal(["team:payments"], d.Tags);
        Assert.Equal("Region", d.DimensionDefinitions![1].DisplayName);
        Assert.Equal((new MetricValueType("score"), 5), (d.MetricValueType, d.Latency));
    }

    [Fact]
    public async Task GetAsync_WithTransformations_AdjustsIdDimensionsAndAggregations()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(Lines);
        var service = new MetricDescriptorService(harness.Store, harness.Clock);

        var d = (await service.GetAsync("svc.rt:splitBy(\"region\"):max", CancellationToken.None)).Descriptor!;

        Assert.Equal("svc.rt:splitBy(\"region\"):max", d.MetricId);
        Assert.Equal(["region"], d.DimensionDefinitions!.Select(x => x.Key));
        Assert.Equal(["auto", "value"], d.AggregationTypes);
        Assert.Equal(new MetricDefaultAggregation("value"), d.DefaultAggregation);
    }

    [Fact]
    public async Task GetAsync_UnknownKey_IsNotFoundWithSuggestion()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(Lines);
        var service = new MetricDescriptorService(harness.Store, harness.Clock);

        var result = await service.GetAsync("svc.rtt", CancellationToken.None);

        Assert.Equal(MetricQueryStatus.NotFound, result.Status);
        Assert.Equal("The metric 'svc.rtt' does not exist: nothing has been ingested under that key. Did you mean 'svc.rt'?", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public async Task ListAsync_Defaults_ListsAllMetricsOrderedWithDefaultFields()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(Lines);
        var service = new MetricDescriptorService(harness.Store, harness.Clock);

        var result = await service.ListAsync(new MetricDescriptorListRequest(), CancellationToken.None);

        var collection = result.Collection!;
        Assert.Equal(["host.cpu", "queue.depth", "svc.errors.count", "svc.rt"], collection.Metrics.Select(m => m.MetricId));
        Assert.Equal(4, collection.TotalCount);
        Assert.Null(collection.NextPageKey);
        Assert.StartsWith(
            "{\"totalCount\":4,\"nextPageKey\":null,\"metrics\":[{\"metricId\":\"host.cpu\",\"displayName\":\"host.cpu\",\"description\":\"\",\"unit\":\"Unspecified\"},",
            MetricDescriptorJson.Serialize(collection),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("svc.*", new[] { "svc.errors.count", "svc.rt" })]
    [InlineData("svc.rt,host.cpu", new[] { "host.cpu", "svc.rt" })]
    [InlineData("svc.rt:splitBy()", new[] { "svc.rt:splitBy()" })]
    [InlineData("svc.*:max", new[] { "svc.errors.count:max", "svc.rt:max" })]
    [InlineData("nope.*", new string[0])]
    public async Task ListAsync_MetricSelector_FiltersByKeyOrWildcard(string selector, string[] expected)
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(Lines);
        var service = new MetricDescriptorService(harness.Store, harness.Clock);

        var result = await service.ListAsync(new MetricDescriptorListRequest { MetricSelector = selector }, CancellationToken.None);

        Assert.Equal(expected, result.Collection!.Metrics.Select(m => m.MetricId));
    }

    [Theory]
    [InlineData("RESPONSE", new[] { "svc.rt" })]
    [InlineData("first byte", new[] { "svc.rt" })]
    [InlineData("cpu", new[] { "host.cpu" })]
    public async Task ListAsync_Text_MatchesKeyDisplayNameOrDescriptionIgnoringCase(string text, string[] expected)
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(Lines);
        var service = new MetricDescriptorService(harness.Store, harness.Clock);

        var result = await service.ListAsync(new MetricDescriptorListRequest { Text = text }, CancellationToken.None);

        Assert.Equal(expected, result.Collection!.Metrics.Select(m => m.MetricId));
    }

    [Fact]
    public async Task ListAsync_Pages_FollowNextPageKeyToTheEnd()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(Lines);
        var service = new MetricDescriptorService(harness.Store, harness.Clock);

        var first = (await service.ListAsync(new MetricDescriptorListRequest { PageSize = "3", Fields = "+unit,-description,created" }, CancellationToken.None)).Collection!;
        var second = (await service.ListAsync(new MetricDescriptorListRequest { NextPageKey = first.NextPageKey }, CancellationToken.None)).Collection!;

        Assert.Equal(["host.cpu", "queue.depth", "svc.errors.count"], first.Metrics.Select(m => m.MetricId));
        Assert.Equal(["svc.rt"], second.Metrics.Select(m => m.MetricId));
        Assert.Null(second.NextPageKey);
        Assert.Equal(4, second.TotalCount);
        Assert.All(first.Metrics.Concat(second.Metrics), m => Assert.Equal((null, null, harness.Clock.NowMs), (m.Description, m.DisplayName, m.Created)));
    }

    [Fact]
    public async Task ListAsync_Fields_PlusAddsMinusRemovesAndPlainReplaces()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(Lines);
        var service = new MetricDescriptorService(harness.Store, harness.Clock);
        var selector = "svc.rt";

        var plus = (await service.ListAsync(new MetricDescriptorListRequest { MetricSelector = selector, Fields = "+lastWritten,-unit" }, CancellationToken.None)).Collection!.Metrics[0];
        var plain = (await service.ListAsync(new MetricDescriptorListRequest { MetricSelector = selector, Fields = "unit" }, CancellationToken.None)).Collection!.Metrics[0];

        Assert.Equal(("Service response time", null, harness.Clock.NowMs), (plus.DisplayName, plus.Unit, plus.LastWritten));
        Assert.Equal("{\"metricId\":\"svc.rt\",\"unit\":\"MilliSecond\"}", MetricDescriptorJson.Serialize(plain));
    }

    [Fact]
    public async Task ListAsync_WrittenSince_LeavesOutMetricsNotWrittenSince()
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(Lines);
        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        await harness.IngestAsync("queue.depth 4 {12:05:00}");
        var service = new MetricDescriptorService(harness.Store, harness.Clock);

        var result = await service.ListAsync(new MetricDescriptorListRequest { WrittenSince = "now-5m" }, CancellationToken.None);

        Assert.Equal(["queue.depth"], result.Collection!.Metrics.Select(m => m.MetricId));
    }

    [Fact]
    public async Task PH4121_InvalidPageSize() => await ExpectList(new MetricDescriptorListRequest { PageSize = "501" },
        "PH4121", "pageSize:1:1", "The page size '501' is invalid; use a whole number from 1 to 500.");

    [Fact]
    public async Task PH4122_InvalidNextPageKey() => await ExpectList(new MetricDescriptorListRequest { NextPageKey = "not-a-key" },
        "PH4122", "nextPageKey:1:1", "The nextPageKey is not one this environment issued, or it has been altered; repeat the first request to get a new one.");

    [Fact]
    public async Task PH4123_NextPageKeyNotAlone() => await ExpectList(new MetricDescriptorListRequest { NextPageKey = PageKey(), Text = "x" },
        "PH4123", "text:1:1", "'text' cannot be combined with nextPageKey; the key already carries the original query. Send nextPageKey alone.");

    [Fact]
    public async Task PH4124_UnknownField() => await ExpectList(new MetricDescriptorListRequest { Fields = "+lastWriten" },
        "PH4124", "fields:1:1", "'lastWriten' is not a metric descriptor field. Did you mean 'lastWritten'?");

    [Fact]
    public async Task PH4125_DescriptorTransformationNotAllowed() => await ExpectList(new MetricDescriptorListRequest { MetricSelector = "svc.rt:fold" },
        "PH4125", "metricSelector:1:7", "':fold' is not allowed when listing metrics; only aggregations, :merge and :splitBy are. Query data with /api/v2/metrics/query instead.");

    [Fact]
    public async Task PH4126_MetricKeyExpected()
    {
        await using var harness = await CreateAsync();
        var service = new MetricDescriptorService(harness.Store, harness.Clock);

        var result = await service.GetAsync("svc.rt/2", CancellationToken.None);

        Assert.Equal(MetricQueryStatus.BadRequest, result.Status);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("PH4126", "metricSelector:1:1", "Expected a single metric key, optionally followed by transformations, e.g. builtin:host.cpu.usage:splitBy(); arithmetic and lists are not descriptors."),
            (d.Code, d.Location!.ToString(), d.Message));
    }

    [Fact]
    public async Task ListAsync_WrittenSinceInvalid_ReportsPH4101ForTheParameter() => await ExpectList(new MetricDescriptorListRequest { WrittenSince = "soon" },
        "PH4101", "writtenSince:1:1", "'soon' is not a valid writtenSince time; use UTC milliseconds (1701090120000), ISO 8601 (2023-11-27T13:02:00Z) or a relative time (now-2h, now-1d/d).");

    private static string PageKey() => PageKeyCodec.Encode(3, 3, new MetricDescriptorListRequest());

    private static async Task ExpectList(MetricDescriptorListRequest request, string code, string location, string message)
    {
        await using var harness = await CreateAsync();
        await harness.IngestAsync(Lines);
        var service = new MetricDescriptorService(harness.Store, harness.Clock);

        var result = await service.ListAsync(request, CancellationToken.None);

        Assert.Equal(MetricQueryStatus.BadRequest, result.Status);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal((code, location, message), (d.Code, d.Location!.ToString(), d.Message));
    }
}
