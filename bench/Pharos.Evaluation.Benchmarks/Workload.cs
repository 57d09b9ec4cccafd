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
/// Shared (as a linked source file) with <c>harness evaluation-local</c> in bench/Pharos.Benchmarks, which
/// loads the same settings values, series and values into a local environment.
/// </summary>
internal static class Workload
{
    public const int Metrics = 10;
    public const int ServicesPerMetric = 100;
    public const int Regions = 10;
    public static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string MetricKey(int metric) => "bench.metric" + metric.ToString(CultureInfo.InvariantCulture);

    /// <summary>The service entity of series <paramref name="service"/> of <paramref name="metric"/> (every series has its own).</summary>
    public static string ServiceId(int metric, int service) => $"SERVICE-{(metric * 1000) + service:X16}";

    public static string Region(int service) => "r" + (service % Regions).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A slow wave per series: 5–95, so each threshold (60–94) is crossed for part of every period. Only the first
    /// <paramref name="violatingPercent"/> of every 100 services wave that high; the others stay within 45–55 and
    /// never violate (every series is still read and every window advanced).
    /// </summary>
    public static double Value(long minute, int service, int violatingPercent = 100) =>
        50 + ((service % 100 < violatingPercent ? 45 : 5) * Math.Sin((minute + (service * 7)) / 9.0));

    /// <summary>The <c>builtin:anomaly-detection.metric-events</c> value of rule <paramref name="i"/>, as the settings API takes it.</summary>
    public static string ConfigJson(int i)
    {
        var metric = MetricKey(i % Metrics);
        var query = i % 2 == 0
            ? $$"""{ "type": "METRIC_KEY", "metricKey": "{{metric}}", "aggregation": "AVG", "queryOffset": null, "managementZone": null, "entityFilter": { "dimensionKey": "dt.entity.service", "conditions": [] }, "dimensionFilter": [] }"""
            : $$"""{ "type": "METRIC_SELECTOR", "metricSelector": {{JsonSerializer.Serialize($"{metric}:filter(eq(\"region\",\"r{(i / Metrics) % Regions}\")):splitBy(\"dt.entity.service\",\"region\"):avg")}}, "queryOffset": null, "managementZone": null }""";
        var threshold = 60 + (i % 35);
        return $$"""
            { "enabled": true, "summary": "rule {{i}}", "queryDefinition": {{query}},
              "modelProperties": { "type": "STATIC_THRESHOLD", "threshold": {{threshold}}, "alertOnNoData": false, "alertCondition": "ABOVE", "violatingSamples": 3, "samples": 5, "dealertingSamples": 5 },
              "eventTemplate": { "title": "{{metric}} above {threshold} on {entityname}", "description": "The {metricname} value was {alert_condition} normal behavior.", "eventType": "SLOWDOWN", "davisMerge": true, "metadata": [] },
              "eventEntityDimensionKey": "dt.entity.service" }
            """;
    }

    public static IReadOnlyList<MetricEventConfig> Configs(int count)
    {
        var bag = new DiagnosticBag();
        var configs = new List<MetricEventConfig>(count);
        for (var i = 0; i < count; i++)
        {
            configs.Add(MetricEventConfigReader.Read("rule-" + i.ToString(CultureInfo.InvariantCulture), JsonDocument.Parse(ConfigJson(i)).RootElement, bag)
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
/// Values computed on the fly (<see cref="Workload.Value"/>), so any minute can be evaluated without storing data.
/// Understands exactly the two query shapes of <see cref="Workload"/>.
/// </summary>
internal sealed class SyntheticSource : IMetricSeriesSource
{
    private readonly Dictionary<string, SeriesDimensions[]> _series = [];
    private readonly int _violatingPercent;

    public SyntheticSource(int servicesPerMetric = Workload.ServicesPerMetric, int violatingPercent = 100)
    {
        _violatingPercent = violatingPercent;
        for (var m = 0; m < Workload.Metrics; m++)
        {
            _series[Workload.MetricKey(m)] = [.. Enumerable.Range(0, servicesPerMetric).Select(s => SeriesDimensions.Of(
                ("dt.entity.service", Workload.ServiceId(m, s)),
                ("region", Workload.Region(s))))];
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
                values[i] = Workload.Value(from + i, s, _violatingPercent);
            }

            result.Add(new MinuteSeries(series[s], values));
        }

        return ValueTask.FromResult(new MetricSeriesResult(result));
    }
}
