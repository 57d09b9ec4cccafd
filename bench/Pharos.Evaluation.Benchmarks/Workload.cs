using System.Globalization;
using System.Text.Json;
using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Entities;
using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Series;

namespace Pharos.Evaluation.Benchmarks;

/// <summary>
/// The workload: 10,000 metric events over 1,000 series (10 metrics × 100 services in 10 regions).
/// Half the events are METRIC_KEY rules over all 100 series of a metric, half METRIC_SELECTOR rules filtered
/// to one region (10 series); every event has its own threshold, so windows and events differ per rule.
/// That is 550,000 (event, series) windows advanced per one-minute cycle.
/// </summary>
internal static class Workload
{
    public const int Metrics = 10;
    public const int ServicesPerMetric = 100;
    public const int Regions = 10;
    public static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<MetricEventConfig> Configs(int count)
    {
        var bag = new DiagnosticBag();
        var configs = new List<MetricEventConfig>(count);
        for (var i = 0; i < count; i++)
        {
            var metric = "bench.metric" + (i % Metrics).ToString(CultureInfo.InvariantCulture);
            var query = i % 2 == 0
                ? $$"""{ "type": "METRIC_KEY", "metricKey": "{{metric}}", "aggregation": "AVG" }"""
                : $$"""{ "type": "METRIC_SELECTOR", "metricSelector": {{JsonSerializer.Serialize($"{metric}:filter(eq(\"region\",\"r{(i / Metrics) % Regions}\")):splitBy(\"dt.entity.service\",\"region\"):avg")}} }""";
            var threshold = 60 + (i % 35);
            var json = $$"""
                { "summary": "rule {{i}}", "queryDefinition": {{query}},
                  "modelProperties": { "type": "STATIC_THRESHOLD", "threshold": {{threshold}}, "alertCondition": "ABOVE", "violatingSamples": 3, "samples": 5, "dealertingSamples": 5 },
                  "eventTemplate": { "title": "{{metric}} above {threshold} on {entityname}", "eventType": "SLOWDOWN" },
                  "eventEntityDimensionKey": "dt.entity.service" }
                """;
            configs.Add(MetricEventConfigReader.Read("rule-" + i.ToString(CultureInfo.InvariantCulture), JsonDocument.Parse(json).RootElement, bag)
                ?? throw new InvalidOperationException(string.Join("\n", bag.ToSortedList())));
        }

        return configs;
    }

    public static MetricEventEngine Engine(IMetricSeriesSource source, int configs)
    {
        var engine = new MetricEventEngine(source, new InMemoryEntityDirectory());
        engine.SetConfigs(Configs(configs));
        return engine;
    }
}

/// <summary>
/// Values computed on the fly (a slow wave per series), so any minute can be evaluated without storing data.
/// Understands exactly the two query shapes of <see cref="Workload"/>.
/// </summary>
internal sealed class SyntheticSource : IMetricSeriesSource
{
    private readonly Dictionary<string, SeriesDimensions[]> _series = [];

    public SyntheticSource()
    {
        for (var m = 0; m < Workload.Metrics; m++)
        {
            _series["bench.metric" + m.ToString(CultureInfo.InvariantCulture)] = [.. Enumerable.Range(0, Workload.ServicesPerMetric).Select(s => SeriesDimensions.Of(
                ("dt.entity.service", $"SERVICE-{(m * 1000) + s:X16}"),
                ("region", "r" + (s % Workload.Regions).ToString(CultureInfo.InvariantCulture))))];
        }
    }

    public ValueTask<MetricSeriesResult> QueryAsync(MetricSeriesQuery query, CancellationToken cancellationToken)
    {
        var text = query.Definition.Text;
        var metric = text.Split(':')[0];
        string? region = null;
        var filter = text.IndexOf("\"region\",\"", StringComparison.Ordinal);
        if (filter >= 0)
        {
            var start = filter + "\"region\",\"".Length;
            region = text[start..text.IndexOf('"', start)];
        }

        var from = EvaluationMinutes.Of(query.From);
        var result = new List<MinuteSeries>();
        var series = _series[metric];
        for (var s = 0; s < series.Length; s++)
        {
            if (region is not null && series[s]["region"] != region)
            {
                continue;
            }

            var values = new double[query.Minutes];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = 50 + (45 * Math.Sin((from + i + (s * 7)) / 9.0));
            }

            result.Add(new MinuteSeries(series[s], values));
        }

        return ValueTask.FromResult(new MetricSeriesResult(result));
    }
}
