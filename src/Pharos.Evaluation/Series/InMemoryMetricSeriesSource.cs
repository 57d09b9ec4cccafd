using Pharos.Evaluation.Entities;
using Pharos.Evaluation.MetricEvents;
using Pharos.Metrics.Selectors;

namespace Pharos.Evaluation.Series;

/// <summary>
/// Metric data held in memory, one value per series and minute, queried the way metric events query
/// Dynatrace: METRIC_KEY with aggregation, dimension filters, entity filters (ENTITY_ID, NAME, TAG,
/// MANAGEMENT_ZONE) and management zone; METRIC_SELECTOR through <see cref="SelectorEvaluator"/>.
/// Used by alert tests and benchmarks. Unknown metric keys give no series, as in Dynatrace.
/// </summary>
public sealed class InMemoryMetricSeriesSource : IMetricSeriesSource
{
    private readonly Dictionary<string, Dictionary<string, StoredSeries>> _metrics = new(StringComparer.Ordinal);
    private readonly IEntityDirectory _entities;

    public InMemoryMetricSeriesSource(IEntityDirectory? entities = null)
    {
        _entities = entities ?? new InMemoryEntityDirectory();
    }

    public IReadOnlyCollection<string> MetricKeys => _metrics.Keys;

    /// <summary>Stores <paramref name="values"/> one per minute from <paramref name="start"/>; NaN marks a minute without data.</summary>
    public void Add(string metricKey, SeriesDimensions dimensions, DateTimeOffset start, IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var minute = EvaluationMinutes.Of(start);
        foreach (var value in values)
        {
            Set(metricKey, dimensions, minute++, value);
        }
    }

    public void Set(string metricKey, SeriesDimensions dimensions, long minute, double value)
    {
        ArgumentNullException.ThrowIfNull(metricKey);
        ArgumentNullException.ThrowIfNull(dimensions);
        if (!_metrics.TryGetValue(metricKey, out var series))
        {
            series = new Dictionary<string, StoredSeries>(StringComparer.Ordinal);
            _metrics.Add(metricKey, series);
        }

        if (!series.TryGetValue(dimensions.Key, out var stored))
        {
            stored = new StoredSeries(dimensions, minute);
            series.Add(dimensions.Key, stored);
        }

        stored.Set(minute, value);
    }

    public ValueTask<MetricSeriesResult> QueryAsync(MetricSeriesQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var from = EvaluationMinutes.Of(query.From);
        var definition = query.Definition;
        if (definition.Type == QueryType.MetricSelector)
        {
            var parsed = MetricSelectorParser.Parse(definition.MetricSelector ?? "");
            if (parsed.HasErrors)
            {
                return ValueTask.FromResult(MetricSeriesResult.Failed(parsed.Diagnostics.First(d => d.IsError).Message));
            }

            return ValueTask.FromResult(new SelectorEvaluator(this, _entities).Evaluate(parsed, from, query.Minutes));
        }

        return ValueTask.FromResult(QueryKey(definition, from, query.Minutes));
    }

    internal IEnumerable<StoredSeries> SeriesOf(string metricKey) =>
        _metrics.TryGetValue(metricKey, out var series) ? series.Values.OrderBy(s => s.Dimensions.Key, StringComparer.Ordinal) : [];

    private MetricSeriesResult QueryKey(MetricQueryDefinition definition, long from, int minutes)
    {
        var result = new List<MinuteSeries>();
        foreach (var stored in SeriesOf(definition.MetricKey ?? ""))
        {
            var match = MetricKeyFilter.Matches(definition, stored.Dimensions, _entities, out var unsupported);
            if (match == MetricKeyMatch.Unsupported)
            {
                return MetricSeriesResult.Failed($"entity filter type {Settings.WireNames.Of(unsupported)} is not supported by the in-memory source");
            }

            if (match == MetricKeyMatch.NoMatch)
            {
                continue;
            }

            var values = new double[minutes];
            stored.CopyTo(from, values);
            if (definition.Aggregation == MetricAggregation.Count)
            {
                // One stored value per minute: the count is 1 where there is data.
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = double.IsNaN(values[i]) ? double.NaN : 1;
                }
            }

            result.Add(new MinuteSeries(stored.Dimensions, values));
        }

        return new MetricSeriesResult(result);
    }
}
