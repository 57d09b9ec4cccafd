using System.Globalization;
using Pharos.Evaluation.Entities;
using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Series;
using Pharos.Local.Metrics;
using Pharos.Metrics.Query;

namespace Pharos.Local.Evaluation;

/// <summary>
/// Answers metric-event queries from the environment's metric store through its query engine, at one-minute
/// resolution: METRIC_SELECTOR as written, METRIC_KEY as <c>key:aggregation</c> (every dimension tuple is its own
/// series, as Dynatrace splits metric events) followed by <see cref="MetricKeyFilter"/>. A minute without data is
/// NaN. An unknown metric gives no series, as in Dynatrace, so its metric events simply see no data.
/// </summary>
internal sealed class LocalMetricSeriesSource : IMetricSeriesSource
{
    // Baselines read 7 (auto-adaptive) or 14 days (seasonal) of minutes in one query; the API's limits are for
    // clients, not for the evaluator.
    private static readonly MetricQueryOptions EvaluatorLimits = new()
    {
        MaxSeries = 100_000,
        MaxPointsPerSeries = 15 * 24 * 60,
        MaxTotalPoints = int.MaxValue,
        MaxReadSlots = 100_000_000,
    };

    private readonly MetricStoreHost _host;
    private readonly IEntitySelectorResolver _selectors;
    private readonly IEntityNameResolver _names;
    private readonly TimeProvider _time;
    private readonly IEntityDirectory _entities;
    private (MetricServices Services, MetricQueryEngine Engine)? _engine;

    public LocalMetricSeriesSource(MetricStoreHost host, IEntitySelectorResolver selectors, IEntityNameResolver names, TimeProvider time, IEntityDirectory entities)
    {
        _host = host ?? throw new ArgumentNullException(nameof(host));
        _selectors = selectors ?? throw new ArgumentNullException(nameof(selectors));
        _names = names ?? throw new ArgumentNullException(nameof(names));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _entities = entities ?? throw new ArgumentNullException(nameof(entities));
    }

    public async ValueTask<MetricSeriesResult> QueryAsync(MetricSeriesQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (await EngineAsync(cancellationToken).ConfigureAwait(false) is not { } engine)
        {
            return MetricSeriesResult.Failed("the metric store is closed");
        }

        var definition = query.Definition;
        var selector = definition.Type == QueryType.MetricSelector ? definition.MetricSelector ?? "" : (definition.MetricKey ?? "") + ":" + Aggregation(definition.Aggregation);
        var from = query.From.ToUnixTimeMilliseconds();
        var request = new MetricQueryRequest(selector)
        {
            From = from.ToString(CultureInfo.InvariantCulture),
            To = query.To.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            Resolution = "1m",
        };
        var result = await engine.QueryAsync(request, cancellationToken).ConfigureAwait(false);
        if (result.Status == MetricQueryStatus.NotFound && definition.Type == QueryType.MetricKey)
        {
            return MetricSeriesResult.Empty;
        }

        if (!result.IsOk || result.Data is null)
        {
            return MetricSeriesResult.Failed(result.ErrorMessage ?? result.Status.ToString());
        }

        var series = new List<MinuteSeries>();
        foreach (var data in result.Data.Result.SelectMany(r => r.Data))
        {
            var dimensions = new SeriesDimensions(data.DimensionMap.Where(d => d.Value is not null).Select(d => KeyValuePair.Create(d.Key, d.Value!)));
            if (definition.Type == QueryType.MetricKey)
            {
                var match = MetricKeyFilter.Matches(definition, dimensions, _entities, out var unsupported);
                if (match == MetricKeyMatch.Unsupported)
                {
                    return MetricSeriesResult.Failed($"entity filter type {Pharos.Evaluation.Settings.WireNames.Of(unsupported)} is not supported by the local environment");
                }

                if (match == MetricKeyMatch.NoMatch)
                {
                    continue;
                }
            }

            var values = new double[query.Minutes];
            Array.Fill(values, double.NaN);
            for (var i = 0; i < data.Timestamps.Count; i++)
            {
                // Timestamps are slot ends; slot i holds [from + i min, from + (i + 1) min).
                var minute = (data.Timestamps[i] - 60_000 - from) / 60_000;
                if (minute >= 0 && minute < values.Length && data.Values[i] is { } value)
                {
                    values[minute] = value;
                }
            }

            series.Add(new MinuteSeries(dimensions, values));
        }

        return new MetricSeriesResult(series);
    }

    private static string Aggregation(MetricAggregation aggregation) => aggregation switch
    {
        MetricAggregation.Min => "min",
        MetricAggregation.Max => "max",
        MetricAggregation.Sum => "sum",
        MetricAggregation.Count => "count",
        MetricAggregation.Value => "value",
        MetricAggregation.Median => "median",
        MetricAggregation.Percentile90 => "percentile(90)",
        _ => "avg",
    };

    private async ValueTask<MetricQueryEngine?> EngineAsync(CancellationToken cancellationToken)
    {
        if (await _host.GetAsync(cancellationToken).ConfigureAwait(false) is not { } services)
        {
            return null;
        }

        // The store is opened once per process; the engine follows it if it is ever reopened.
        if (_engine is not { } cached || !ReferenceEquals(cached.Services, services))
        {
            cached = (services, new MetricQueryEngine(services.Store, _time, _selectors, _names, EvaluatorLimits));
            _engine = cached;
        }

        return cached.Engine;
    }
}
