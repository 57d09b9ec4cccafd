using Pharos.Core.Diagnostics;
using Pharos.Metrics.Query.Evaluation;
using Pharos.Metrics.Query.Model;
using Pharos.Metrics.Query.Time;
using Pharos.Metrics.Selectors;
using Pharos.Metrics.Selectors.Syntax;
using Pharos.Metrics.Storage;

namespace Pharos.Metrics.Query;

/// <summary>
/// The query facade: parse the parameters (selector, timeframe, resolution), resolve metrics and entity
/// selectors, evaluate each selector, enforce the response limits and build <see cref="MetricData"/>.
/// Thread-safe; one instance serves all requests.
/// </summary>
public sealed class MetricQueryEngine : IMetricQueryEngine
{
    private readonly IMetricStore _store;
    private readonly TimeProvider _timeProvider;
    private readonly IEntitySelectorResolver? _entities;
    private readonly IEntityNameResolver? _names;
    private readonly IEntityParentResolver? _parents;
    private readonly MetricQueryOptions _options;

    public MetricQueryEngine(
        IMetricStore store,
        TimeProvider timeProvider,
        IEntitySelectorResolver? entities = null,
        IEntityNameResolver? names = null,
        MetricQueryOptions? options = null,
        IEntityParentResolver? parents = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _entities = entities;
        _names = names;
        _parents = parents;
        _options = options ?? MetricQueryOptions.Default;
    }

    public async ValueTask<MetricQueryResult> QueryAsync(MetricQueryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var selectorText = request.MetricSelector ?? "";
        var diagnostics = new MetricApiDiagnostics(selectorText);
        var problems = new List<Diagnostic>();
        var parsed = MetricSelectorParser.Parse(selectorText, MetricApiDiagnostics.SelectorParameter);
        problems.AddRange(parsed.Diagnostics);

        var now = _timeProvider.GetUtcNow();
        var fromOk = Time(request.From ?? "now-2h", "from", now, diagnostics, problems, out var fromMs);
        var toOk = Time(request.To ?? "now", "to", now, diagnostics, problems, out var toMs);
        if (fromOk && toOk && fromMs >= toMs)
        {
            problems.Add(diagnostics.EmptyTimeframe(fromMs, toMs));
        }

        var resolution = ResolutionParser.Parse(request.Resolution, _options.DefaultPointCount);
        if (resolution is null)
        {
            problems.Add(diagnostics.InvalidResolution(request.Resolution!));
        }
        else if (parsed.Selectors.Count > 0 && resolution.PerSelector.Keys.Where(i => i >= parsed.Selectors.Count).Order().FirstOrDefault(-1) is var index and >= 0)
        {
            problems.Add(diagnostics.ResolutionIndexOutOfRange(request.Resolution!, index, parsed.Selectors.Count));
        }

        if (problems.Count > 0)
        {
            return MetricQueryResult.Failed(MetricQueryStatus.BadRequest, problems);
        }

        var grids = new List<(SlotGrid Grid, string Label)>();
        for (var i = 0; i < parsed.Selectors.Count; i++)
        {
            var spec = resolution!.For(i);
            var slots = ResolutionParser.SlotCount(spec, fromMs, toMs);
            var grid = ResolutionParser.Layout(spec, fromMs, toMs, out var label);
            if (slots > _options.MaxPointsPerSeries)
            {
                problems.Add(diagnostics.ResolutionTooFine(label, slots, _options.MaxPointsPerSeries));
                return MetricQueryResult.Failed(MetricQueryStatus.BadRequest, problems);
            }

            grids.Add((grid, label));
        }

        var inventory = new SelectorInventory();
        foreach (var selector in parsed.Selectors)
        {
            inventory.Visit(selector);
        }

        var metrics = new Dictionary<string, MetricInfo>(StringComparer.Ordinal);
        IReadOnlyList<string>? knownKeys = null;
        foreach (var key in inventory.Keys)
        {
            if (key.IsWildcard)
            {
                problems.Add(diagnostics.WildcardInQuery(key.Span, key.Key));
            }
            else if (!metrics.ContainsKey(key.Key))
            {
                if (await _store.GetMetricAsync(key.Key, cancellationToken).ConfigureAwait(false) is { } info)
                {
                    metrics[key.Key] = info;
                    continue;
                }

                knownKeys ??= [.. (await _store.ListMetricsAsync(cancellationToken).ConfigureAwait(false)).Select(m => m.Key)];
                problems.Add(diagnostics.UnknownMetric(key.Span, key.Key, knownKeys));
            }
        }

        if (problems.Count > 0)
        {
            return MetricQueryResult.Failed(knownKeys is null ? MetricQueryStatus.BadRequest : MetricQueryStatus.NotFound, problems);
        }

        var entitySets = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var allowed = request.ScopeEntityIds;
        if (request.EntitySelector is { Length: > 0 } entitySelector
            && await ResolveEntitiesAsync(entitySelector, null, diagnostics, problems, cancellationToken).ConfigureAwait(false) is { } selected)
        {
            // Intersect rather than AND two filters: the entity the selector picked must itself be in scope,
            // not merely share a series with some other entity that is.
            allowed = allowed is null ? selected : selected.Where(allowed.Contains).ToHashSet(StringComparer.Ordinal);
        }

        var restriction = allowed is null ? null : DimensionFilter.AnyEntityIn(allowed);

        foreach (var (selector, span) in inventory.EntitySelectors)
        {
            if (!entitySets.ContainsKey(selector) && await ResolveEntitiesAsync(selector, span, diagnostics, problems, cancellationToken).ConfigureAwait(false) is { } ids)
            {
                entitySets[selector] = ids;
            }
        }

        if (problems.Count > 0)
        {
            return MetricQueryResult.Failed(MetricQueryStatus.BadRequest, problems);
        }

        var context = new QueryContext(_store, _options, diagnostics, metrics, entitySets, restriction, _names, _parents, inventory.NeedsValues, cancellationToken);
        return await EvaluateAsync(parsed.Selectors, grids, context).ConfigureAwait(false);
    }

    private async ValueTask<MetricQueryResult> EvaluateAsync(IReadOnlyList<SelectorExpression> selectors, List<(SlotGrid Grid, string Label)> grids, QueryContext context)
    {
        var evaluator = new SelectorEvaluator(context);
        var results = new List<MetricSeriesCollection>(selectors.Count);
        long totalPoints = 0, totalSeries = 0;
        for (var i = 0; i < selectors.Count; i++)
        {
            var selector = selectors[i];
            var frame = new EvalFrame(grids[i].Grid, 0);
            var pointsBefore = context.PointsRead;
            var seriesBefore = context.SeriesRead;
            var value = await evaluator.EvaluateAsync(selector, frame).ConfigureAwait(false);
            var set = value is null ? null : await evaluator.ToSeriesAsync(value, frame, selector.Span).ConfigureAwait(false);
            if (set is null)
            {
                var status = context.MetricMissing ? MetricQueryStatus.NotFound : MetricQueryStatus.BadRequest;
                return MetricQueryResult.Failed(status, context.Problems);
            }

            SelectorEvaluator.EnsureAggregated(set);
            var metricId = selector.ToString();
            if (set.Series.Count > _options.MaxSeries)
            {
                context.Report(context.Diagnostics.TooManySeries(selector.Span, metricId, set.Series.Count, _options.MaxSeries));
                return MetricQueryResult.Failed(MetricQueryStatus.BadRequest, context.Problems);
            }

            totalPoints += (long)set.Series.Count * set.Length;
            totalSeries += set.Series.Count;
            var pointRatio = Ratio(context.PointsRead - pointsBefore, _options.DataPointReadLimit);
            var seriesRatio = Ratio(context.SeriesRead - seriesBefore, _options.MaxReadSeries);
            results.Add(new MetricSeriesCollection(metricId, pointRatio, seriesRatio, [], ResultBuilder.Build(set)));
        }

        if (totalPoints > _options.MaxTotalPoints)
        {
            context.Report(context.Diagnostics.TooManyPoints(totalPoints, _options.MaxTotalPoints));
            return MetricQueryResult.Failed(MetricQueryStatus.BadRequest, context.Problems);
        }

        var label = grids.Count > 0 ? grids[0].Label : "";
        return MetricQueryResult.Ok(new MetricData(totalSeries, null, label, [.. context.Warnings.Distinct()], results));
    }

    private async ValueTask<IReadOnlySet<string>?> ResolveEntitiesAsync(
        string selector, SelectorSpan? span, MetricApiDiagnostics diagnostics, List<Diagnostic> problems, CancellationToken cancellationToken)
    {
        if (_entities is null)
        {
            problems.Add(diagnostics.EntitySelectorUnavailable(span));
            return null;
        }

        var resolution = await _entities.ResolveAsync(selector, cancellationToken).ConfigureAwait(false);
        if (!resolution.IsValid)
        {
            problems.Add(diagnostics.InvalidEntitySelector(span, selector, resolution.Error!));
            return null;
        }

        return resolution.EntityIds;
    }

    private static bool Time(string text, string parameter, DateTimeOffset now, MetricApiDiagnostics diagnostics, List<Diagnostic> problems, out long milliseconds)
    {
        if (TimeExpressionParser.TryParse(text, now, out milliseconds))
        {
            return true;
        }

        problems.Add(diagnostics.InvalidTime(parameter, text));
        return false;
    }

    private static double Ratio(long part, long limit) => limit <= 0 ? 0 : Math.Round((double)part / limit, 9);
}
