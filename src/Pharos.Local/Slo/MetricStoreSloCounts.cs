using System.Globalization;
using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Slo;
using Pharos.Local.Metrics;
using Pharos.Metrics.Query;
using Pharos.Metrics.Query.Model;

namespace Pharos.Local.Slo;

/// <summary>
/// Reads an SLO's good and total counts from the local metric store through the query engine, with the SLO's
/// <c>filter</c> as the query's entitySelector. A ratio expression (<c>(100)*(good)/(total)</c>) is split so good
/// and total are summed over the range separately (a ratio of sums); any other expression is read as a
/// percentage (good = its mean over the series, total = 100). A metric nothing was ingested under counts as no data.
/// </summary>
internal sealed class MetricStoreSloCounts : ISloCountSource
{
    private static readonly MetricData NoData = new(0, null, "Inf", [], []);

    private readonly MetricStoreHost _host;

    public MetricStoreSloCounts(MetricStoreHost host)
    {
        _host = host ?? throw new ArgumentNullException(nameof(host));
    }

    public async ValueTask<SloCounts> CountsAsync(SloDefinition slo, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slo);
        if (to <= from)
        {
            return default;
        }

        var result = await QueryAsync(slo, "Inf", Millis(from), Millis(to), cancellationToken).ConfigureAwait(false);
        if (result.Data is not { } series)
        {
            return default;
        }

        return series.Total is null
            ? (HasValue(series.Good, 0) ? new SloCounts(Average(series.Good, 0), 100) : default)
            : new SloCounts(Sum(series.Good, 0), Sum(series.Total, 0));
    }

    /// <summary>
    /// The good and total series of an SLO on the grid the parameters describe (as the metrics query reads them).
    /// <see cref="SloSeries.Total"/> is null for a percentage expression.
    /// </summary>
    public async ValueTask<SloSeriesResult> QueryAsync(SloDefinition slo, string? resolution, string? from, string? to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slo);
        if (await _host.GetAsync(cancellationToken).ConfigureAwait(false) is not { } services)
        {
            return new SloSeriesResult(MetricQueryStatus.BadRequest, null, []);
        }

        var ratio = SloExpression.TrySplit(slo.MetricExpression, out var good, out var total);
        var goodResult = await RunAsync(services.Engine, ratio ? good : slo.MetricExpression, slo.Filter, resolution, from, to, cancellationToken).ConfigureAwait(false);
        if (goodResult.Data is null)
        {
            return new SloSeriesResult(goodResult.Status, null, goodResult.Diagnostics);
        }

        if (!ratio)
        {
            return new SloSeriesResult(MetricQueryStatus.Ok, new SloSeries(goodResult.Data, null), []);
        }

        var totalResult = await RunAsync(services.Engine, total, slo.Filter, resolution, from, to, cancellationToken).ConfigureAwait(false);
        return totalResult.Data is null
            ? new SloSeriesResult(totalResult.Status, null, totalResult.Diagnostics)
            : new SloSeriesResult(MetricQueryStatus.Ok, new SloSeries(goodResult.Data, totalResult.Data), []);
    }

    /// <summary>The sum over every series of slot <paramref name="slot"/> (missing values count as nothing).</summary>
    public static double Sum(MetricData data, int slot) =>
        data.Result.SelectMany(r => r.Data).Select(s => slot < s.Values.Count ? s.Values[slot] : null).Sum(v => v ?? 0);

    /// <summary>The mean over the series that have a value at slot <paramref name="slot"/>; NaN when none has.</summary>
    public static double Average(MetricData data, int slot)
    {
        var values = data.Result.SelectMany(r => r.Data).Select(s => slot < s.Values.Count ? s.Values[slot] : null).OfType<double>().ToList();
        return values.Count == 0 ? double.NaN : values.Average();
    }

    /// <summary>True when some series has a value at <paramref name="slot"/>.</summary>
    public static bool HasValue(MetricData data, int slot) =>
        data.Result.SelectMany(r => r.Data).Any(s => slot < s.Values.Count && s.Values[slot] is not null);

    private static string Millis(DateTimeOffset at) => at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    private static async ValueTask<(MetricQueryStatus Status, MetricData? Data, IReadOnlyList<Diagnostic> Diagnostics)> RunAsync(
        IMetricQueryEngine engine, string selector, string filter, string? resolution, string? from, string? to, CancellationToken cancellationToken)
    {
        var request = new MetricQueryRequest(selector)
        {
            Resolution = resolution,
            From = from,
            To = to,
            EntitySelector = string.IsNullOrWhiteSpace(filter) ? null : filter,
        };
        var result = await engine.QueryAsync(request, cancellationToken).ConfigureAwait(false);

        // NotFound means nothing was ever ingested under a key of the expression: for an SLO that is "no data yet".
        return result.Status == MetricQueryStatus.NotFound
            ? (MetricQueryStatus.Ok, NoData, [])
            : (result.Status, result.IsOk ? result.Data : null, result.Diagnostics);
    }
}

/// <summary>An SLO's good series and, for a ratio expression, its total series, on one grid.</summary>
internal sealed record SloSeries(MetricData Good, MetricData? Total);

/// <summary><see cref="Data"/> when the reads succeeded; otherwise the status and the engine's diagnostics.</summary>
internal sealed record SloSeriesResult(MetricQueryStatus Status, SloSeries? Data, IReadOnlyList<Diagnostic> Problems);
