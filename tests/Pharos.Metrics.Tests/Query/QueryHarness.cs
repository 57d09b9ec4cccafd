using System.Globalization;
using System.Text;
using Pharos.Metrics.Ingest;
using Pharos.Metrics.Query;
using Pharos.Metrics.Query.Model;
using Pharos.Metrics.Storage;
using Pharos.Metrics.Tests.Storage;

namespace Pharos.Metrics.Tests.Query;

/// <summary>
/// An in-memory store, the line-protocol parser and the query engine on one manual clock (12:00 UTC),
/// so tests ingest text and query it back the way the HTTP endpoints will.
/// </summary>
internal sealed class QueryHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2025, 7, 8, 12, 0, 0, TimeSpan.Zero);

    private readonly LineProtocolParser _parser;

    private QueryHarness(ColumnarMetricStore store, ManualClock clock, MetricInterner interner, MetricQueryEngine engine)
    {
        Store = store;
        Clock = clock;
        Engine = engine;
        _parser = new LineProtocolParser(interner, clock);
    }

    public ColumnarMetricStore Store { get; }

    public ManualClock Clock { get; }

    public MetricQueryEngine Engine { get; }

    public static async Task<QueryHarness> CreateAsync(
        IEntitySelectorResolver? entities = null,
        IEntityNameResolver? names = null,
        MetricQueryOptions? options = null,
        IEntityParentResolver? parents = null)
    {
        var clock = new ManualClock(Now);
        var interner = new MetricInterner();
        var store = await Stores.OpenAsync(null, clock, interner: interner);
        return new QueryHarness(store, clock, interner, new MetricQueryEngine(store, clock, entities, names, options, parents));
    }

    /// <summary>UTC milliseconds of a time of day on the test date, e.g. At("11:10:30").</summary>
    public static long At(string time) =>
        new DateTimeOffset(Now.Date + TimeSpan.Parse(time, CultureInfo.InvariantCulture), TimeSpan.Zero).ToUnixTimeMilliseconds();

    public static string Ms(string time) => At(time).ToString(CultureInfo.InvariantCulture);

    /// <summary>Ingests line-protocol text; {HH:mm:ss} placeholders become timestamps on the test date.</summary>
    public async Task IngestAsync(string lines)
    {
        var body = System.Text.RegularExpressions.Regex.Replace(lines, @"\{(\d\d:\d\d:\d\d)\}", m => Ms(m.Groups[1].Value));
        var batch = new MetricWriteBatch();
        var result = _parser.Parse(Encoding.UTF8.GetBytes(body), ref batch);
        Assert.True(result.AllAccepted, result.Errors.Count > 0 ? result.Errors[0].Message : "");
        var append = await Store.AppendAsync(batch, CancellationToken.None);
        Assert.True(append.IsOk, append.Message);
    }

    public Task<MetricQueryResult> QueryAsync(string selector, string? from = null, string? to = null, string? resolution = null, string? entitySelector = null) =>
        Engine.QueryAsync(new MetricQueryRequest(selector) { From = from, To = to, Resolution = resolution, EntitySelector = entitySelector }, CancellationToken.None).AsTask();

    public async Task<MetricData> OkAsync(string selector, string? from = null, string? to = null, string? resolution = null, string? entitySelector = null)
    {
        var result = await QueryAsync(selector, from, to, resolution, entitySelector);
        Assert.True(result.IsOk, string.Join("\n", result.Diagnostics));
        return result.Data!;
    }

    /// <summary>The single series of the single result.</summary>
    public async Task<MetricSeries> SeriesAsync(string selector, string from, string to, string resolution = "1m")
    {
        var data = await OkAsync(selector, Ms(from), Ms(to), resolution);
        return Assert.Single(Assert.Single(data.Result).Data);
    }

    public async Task<double?[]> ValuesAsync(string selector, string from, string to, string resolution = "1m") =>
        [.. (await SeriesAsync(selector, from, to, resolution)).Values];

    public async Task<Pharos.Core.Diagnostics.Diagnostic> ErrorAsync(string selector, MetricQueryStatus status = MetricQueryStatus.BadRequest, string? from = null, string? to = null, string? resolution = null, string? entitySelector = null)
    {
        var result = await QueryAsync(selector, from, to, resolution, entitySelector);
        Assert.Equal(status, result.Status);
        return Assert.Single(result.Diagnostics);
    }

    /// <summary>Each series as "dim=value,…: v1 v2 …" with null as '-', for compact assertions.</summary>
    public static IEnumerable<string> Describe(MetricSeriesCollection collection) => collection.Data.Select(s =>
        string.Join(",", s.DimensionMap.Select(p => $"{p.Key}={p.Value ?? "null"}")) + ": " +
        string.Join(" ", s.Values.Select(v => v is null ? "-" : v.Value.ToString("0.###", CultureInfo.InvariantCulture))));

    public async ValueTask DisposeAsync() => await Store.DisposeAsync();
}

/// <summary>Resolves entity selectors from a fixed table, and names from another.</summary>
internal sealed class FakeEntities(Dictionary<string, string[]> selectors, Dictionary<string, string>? names = null) : IEntitySelectorResolver, IEntityNameResolver
{
    public ValueTask<EntitySelectorResolution> ResolveAsync(string entitySelector, CancellationToken cancellationToken) =>
        ValueTask.FromResult(selectors.TryGetValue(entitySelector, out var ids)
            ? EntitySelectorResolution.Matched(ids)
            : EntitySelectorResolution.Invalid("unknown criterion; use type(\"HOST\")"));

    public ValueTask<IReadOnlyDictionary<string, string>> GetNamesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyDictionary<string, string>>((names ?? []).Where(p => entityIds.Contains(p.Key)).ToDictionary());
}
