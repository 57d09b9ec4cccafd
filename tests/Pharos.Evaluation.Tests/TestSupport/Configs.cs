using System.Text.Json;
using Pharos.Core.Diagnostics;
using Pharos.Evaluation.MetricEvents;

namespace Pharos.Evaluation.Tests.TestSupport;

/// <summary>Metric-event configurations for tests, built through the real settings reader.</summary>
internal static class Configs
{
    public static MetricEventConfig Read(string json, string id = "me-1")
    {
        var bag = new DiagnosticBag();
        var config = MetricEventConfigReader.Read(id, JsonDocument.Parse(json).RootElement, bag);
        Assert.True(config is not null, string.Join("\n", bag.ToSortedList()));
        return config!;
    }

    public static MetricEventConfig Static(
        string selector = "payment_success_rate:splitBy(\"payment_method\"):avg",
        double threshold = 95,
        string condition = "BELOW",
        int violating = 3,
        int samples = 5,
        int dealerting = 5,
        bool alertOnNoData = false,
        string title = "Payment success rate {alert_condition} {threshold} for {dims:payment_method}",
        string eventType = "ERROR",
        string id = "me-1",
        int? queryOffset = null,
        string? entityKey = null,
        bool davisMerge = true) =>
        Read($$"""
            {
              "enabled": true,
              "summary": "Payment success rate low",
              "queryDefinition": { "type": "METRIC_SELECTOR", "metricSelector": {{JsonSerializer.Serialize(selector)}}, "queryOffset": {{(queryOffset?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null")}} },
              "modelProperties": {
                "type": "STATIC_THRESHOLD", "threshold": {{threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "alertCondition": "{{condition}}",
                "violatingSamples": {{violating}}, "samples": {{samples}}, "dealertingSamples": {{dealerting}}, "alertOnNoData": {{(alertOnNoData ? "true" : "false")}}
              },
              "eventTemplate": { "title": {{JsonSerializer.Serialize(title)}}, "eventType": "{{eventType}}", "davisMerge": {{(davisMerge ? "true" : "false")}},
                "metadata": [ { "metadataKey": "team", "metadataValue": "payments" } ] },
              "eventEntityDimensionKey": {{(entityKey is null ? "null" : JsonSerializer.Serialize(entityKey))}}
            }
            """, id);
}
