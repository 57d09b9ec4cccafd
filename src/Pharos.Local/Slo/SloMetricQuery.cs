using Microsoft.AspNetCore.Http;
using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Slo;
using Pharos.Local.Http;
using Pharos.Local.Metrics;
using Pharos.Metrics.Query;
using Pharos.Metrics.Query.Model;
using Pharos.Metrics.Selectors;
using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Local.Slo;

/// <summary>
/// Answers <c>GET /metrics/query</c> for <c>func:slo.*</c> keys. Each key names one value of one SLO (by its
/// metricName): the SLO value, its error budget, normalized error budget or burn rate. The SLO's good and total
/// series are read on the requested grid (from, to, resolution) with the SLO filter applied, and the SLO is
/// evaluated in every slot (<see cref="SloEvaluator"/> on that slot's counts), as Dynatrace charts func metrics.
/// </summary>
internal sealed class SloMetricQuery
{
    private static readonly HashSet<string> NoOpTransformations = new(StringComparer.Ordinal) { "avg", "min", "max", "value", "auto" };

    private readonly LocalSloDefinitions _definitions;
    private readonly MetricStoreSloCounts _counts;

    public SloMetricQuery(LocalSloDefinitions definitions, MetricStoreSloCounts counts)
    {
        _definitions = definitions ?? throw new ArgumentNullException(nameof(definitions));
        _counts = counts ?? throw new ArgumentNullException(nameof(counts));
    }

    /// <summary>True when the selector names a func:slo metric; the metrics query handler then hands the request here.</summary>
    public static bool Handles(string? metricSelector) =>
        metricSelector is not null && metricSelector.Contains(SloMetricKeys.Prefix, StringComparison.Ordinal);

    public async Task HandleAsync(HttpContext context, MetricQueryRequest query)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(query);
        var cancellationToken = context.RequestAborted;
        var (status, data, problems) = await QueryAsync(query, cancellationToken).ConfigureAwait(false);
        if (data is null)
        {
            await MetricApiResponses.WriteProblemsAsync(context, status, problems, cancellationToken).ConfigureAwait(false);
            return;
        }

        await MetricApiResponses.WriteAsync(context, StatusCodes.Status200OK, data, MetricQueryJson.DataTypeInfo, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(MetricQueryStatus Status, MetricData? Data, IReadOnlyList<Diagnostic> Problems)> QueryAsync(
        MetricQueryRequest query, CancellationToken cancellationToken)
    {
        var parsed = MetricSelectorParser.Parse(query.MetricSelector, MetricApiDiagnostics.SelectorParameter);
        if (parsed.HasErrors)
        {
            return (MetricQueryStatus.BadRequest, null, parsed.Diagnostics);
        }

        var problems = new List<Diagnostic>();
        if (query.EntitySelector is not null)
        {
            problems.Add(SloDiagnostics.EntitySelectorNotAllowed());
        }

        var requested = new List<(SelectorExpression Selector, MetricKeySyntax Key, SloMetricKind Kind, string MetricName)>();
        foreach (var selector in parsed.Selectors)
        {
            if (KeyOf(selector) is not { } key)
            {
                problems.Add(IsSlo(selector) ? SloDiagnostics.UnsupportedShape(selector.Span, SelectorPrinter.Print(selector)) : SloDiagnostics.MixedWithOtherMetrics(selector.Span));
                continue;
            }

            if (!SloMetricKeys.TryParse(key.Key, out var kind, out var metricName))
            {
                problems.Add(SloDiagnostics.MixedWithOtherMetrics(selector.Span));
                continue;
            }

            requested.Add((selector, key, kind, metricName));
        }

        if (problems.Count > 0)
        {
            return (MetricQueryStatus.BadRequest, null, problems);
        }

        var slos = await _definitions.ListAsync(cancellationToken).ConfigureAwait(false);
        var results = new List<MetricSeriesCollection>();
        string? resolution = null;
        foreach (var (selector, key, kind, metricName) in requested)
        {
            if (slos.FirstOrDefault(s => s.MetricName == metricName) is not { } slo)
            {
                problems.Add(SloDiagnostics.UnknownSloMetric(key.Span, key.Key, slos.Select(s => SloMetricKeys.Status(s.MetricName))));
                return (MetricQueryStatus.NotFound, null, problems);
            }

            var series = await _counts.QueryAsync(slo, query.Resolution, query.From, query.To, cancellationToken).ConfigureAwait(false);
            if (series.Data is null)
            {
                return (series.Status, null, series.Problems);
            }

            resolution ??= series.Data.Good.Result.Count > 0 ? series.Data.Good.Resolution : null;
            results.Add(new MetricSeriesCollection(SelectorPrinter.Print(selector), 0, 0, [], Evaluate(slo, kind, series.Data)));
        }

        return (MetricQueryStatus.Ok, new MetricData(results.Sum(r => r.Data.Count), null, resolution ?? "1m", [], results), []);
    }

    private static List<MetricSeries> Evaluate(SloDefinition slo, SloMetricKind kind, SloSeries series)
    {
        var timestamps = series.Good.Result.SelectMany(r => r.Data).Concat(series.Total?.Result.SelectMany(r => r.Data) ?? [])
            .Select(s => s.Timestamps).FirstOrDefault();
        if (timestamps is null)
        {
            return [];
        }

        var values = new double?[timestamps.Count];
        for (var slot = 0; slot < timestamps.Count; slot++)
        {
            var counts = series.Total is null
                ? (MetricStoreSloCounts.HasValue(series.Good, slot) ? new SloCounts(MetricStoreSloCounts.Average(series.Good, slot), 100) : default)
                : new SloCounts(MetricStoreSloCounts.Sum(series.Good, slot), MetricStoreSloCounts.Sum(series.Total, slot));
            if (!counts.HasData)
            {
                continue;
            }

            var evaluation = SloEvaluator.Evaluate(slo, counts, counts, default, default);
            values[slot] = kind switch
            {
                SloMetricKind.ErrorBudget => evaluation.ErrorBudget,
                SloMetricKind.NormalizedErrorBudget => evaluation.NormalizedErrorBudget,
                SloMetricKind.BurnRate => double.IsFinite(evaluation.ErrorBudgetBurnRate.BurnRateValue) ? evaluation.ErrorBudgetBurnRate.BurnRateValue : null,
                _ => evaluation.EvaluatedPercentage,
            };
        }

        return [new MetricSeries([], new Dictionary<string, string?>(), timestamps, values)];
    }

    /// <summary>The func:slo key of a supported selector: the key, then at most :splitBy() and no-op aggregations.</summary>
    private static MetricKeySyntax? KeyOf(SelectorExpression selector)
    {
        while (selector is TransformSyntax transform)
        {
            var t = transform.Transformation;
            var allowed = (t.Name == "splitBy" && t.Arguments.Count == 0) || (NoOpTransformations.Contains(t.Name) && t.Arguments.Count == 0);
            if (!allowed)
            {
                return null;
            }

            selector = transform.Source;
        }

        return selector as MetricKeySyntax;
    }

    private static bool IsSlo(SelectorExpression selector) => SelectorPrinter.Print(selector).Contains(SloMetricKeys.Prefix, StringComparison.Ordinal);
}
