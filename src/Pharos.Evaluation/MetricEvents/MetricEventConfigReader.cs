using System.Text.Json;
using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Diagnostics;
using Pharos.Evaluation.Settings;
using Pharos.Metrics.Selectors;

namespace Pharos.Evaluation.MetricEvents;

/// <summary>
/// Reads the JSON value of a <c>builtin:anomaly-detection.metric-events</c> object into a
/// <see cref="MetricEventConfig"/>, applying the schema defaults. Never throws on input: problems are
/// PH5040–PH5046 diagnostics and the result is null when any of them is an error.
/// </summary>
public static class MetricEventConfigReader
{
    public const string SchemaId = "builtin:anomaly-detection.metric-events";

    public const string DefaultDescription = "The {metricname} value was {alert_condition} normal behavior.";

    public static MetricEventConfig? Read(string objectId, JsonElement value, IDiagnosticSink sink, ISettingsLocator? locator = null)
    {
        ArgumentNullException.ThrowIfNull(objectId);
        ArgumentNullException.ThrowIfNull(sink);
        var reader = new SettingsReader($"metric event '{objectId}'", sink, locator);
        if (value.ValueKind != JsonValueKind.Object)
        {
            reader.Report(EvaluationDiagnostics.SettingWrongType(reader.Locate(""), reader.Source, "value", "an object", SettingsReader.Describe(value)));
            return null;
        }

        var summary = reader.Text(value, "", "summary", "", required: true, hint: "(a short text naming the alert, 2 to 500 characters)") ?? "";
        var query = ReadQuery(reader, reader.Object(value, "", "queryDefinition", required: true, hint: "(what to evaluate: a metricKey or a metricSelector)"));
        var model = ReadModel(reader, reader.Object(value, "", "modelProperties"));
        var template = ReadTemplate(reader, reader.Object(value, "", "eventTemplate", required: true, hint: "(at least the event title)"));
        var config = new MetricEventConfig(
            objectId,
            reader.Boolean(value, "", "enabled", true),
            summary,
            query,
            model,
            template,
            reader.Text(value, "", "eventEntityDimensionKey", null),
            reader.Text(value, "", "legacyId", null));
        return reader.HasErrors ? null : config;
    }

    private static MetricQueryDefinition ReadQuery(SettingsReader reader, JsonElement? element)
    {
        const string path = "queryDefinition";
        if (element is not { } q)
        {
            return new MetricQueryDefinition(QueryType.MetricKey, null, null, MetricAggregation.Avg, null, null, [], null);
        }

        var type = reader.Choice(q, path, "type", QueryType.MetricKey);
        string? key = null;
        string? selector = null;
        if (type == QueryType.MetricKey)
        {
            key = reader.Text(q, path, "metricKey", null, required: true, hint: "when type is METRIC_KEY (e.g. builtin:host.cpu.usage)");
        }
        else
        {
            selector = reader.Text(q, path, "metricSelector", null, required: true, hint: "when type is METRIC_SELECTOR");
            if (!string.IsNullOrEmpty(selector))
            {
                var parsed = MetricSelectorParser.Parse(selector, "metricSelector");
                var error = parsed.Diagnostics.FirstOrDefault(d => d.IsError);
                if (error is not null)
                {
                    reader.Report(EvaluationDiagnostics.InvalidMetricSelector(reader.Locate(SettingsReader.Join(path, "metricSelector")), reader.Source, error.ToString()));
                }
            }
        }

        return new MetricQueryDefinition(
            type,
            key,
            selector,
            reader.Choice(q, path, "aggregation", MetricAggregation.Avg),
            reader.NullableInteger(q, path, "queryOffset", 1, 60),
            ReadEntityFilter(reader, reader.Object(q, path, "entityFilter")),
            ReadDimensionFilters(reader, q, path),
            reader.Text(q, path, "managementZone", null));
    }

    private static EntityFilter? ReadEntityFilter(SettingsReader reader, JsonElement? element)
    {
        const string path = "queryDefinition.entityFilter";
        if (element is not { } f)
        {
            return null;
        }

        var conditions = new List<EntityFilterCondition>();
        var items = reader.List(f, path, "conditions");
        for (var i = 0; i < items.Count; i++)
        {
            var at = SettingsReader.Index(SettingsReader.Join(path, "conditions"), i);
            conditions.Add(new EntityFilterCondition(
                reader.Choice(items[i], at, "type", EntityFilterType.EntityId),
                reader.Choice(items[i], at, "operator", TextOperator.IsEqualTo),
                reader.Text(items[i], at, "value", "") ?? ""));
        }

        return new EntityFilter(reader.Text(f, path, "dimensionKey", null), conditions);
    }

    private static List<DimensionFilter> ReadDimensionFilters(SettingsReader reader, JsonElement q, string path)
    {
        var result = new List<DimensionFilter>();
        var items = reader.List(q, path, "dimensionFilter");
        for (var i = 0; i < items.Count; i++)
        {
            var at = SettingsReader.Index(SettingsReader.Join(path, "dimensionFilter"), i);
            TextOperator? op = reader.TryGet(items[i], "operator", out _) ? reader.Choice(items[i], at, "operator", TextOperator.IsEqualTo) : null;
            result.Add(new DimensionFilter(
                reader.Text(items[i], at, "dimensionKey", "", required: true, hint: "in a dimension filter") ?? "",
                reader.Text(items[i], at, "dimensionValue", "", required: true, hint: "in a dimension filter") ?? "",
                op));
        }

        return result;
    }

    private static ModelProperties ReadModel(SettingsReader reader, JsonElement? element)
    {
        const string path = "modelProperties";
        var m = element ?? default;
        var model = new ModelProperties(
            reader.Choice(m, path, "type", ModelType.StaticThreshold),
            reader.Number(m, path, "threshold", 1),
            reader.Boolean(m, path, "alertOnNoData", false),
            reader.Choice(m, path, "alertCondition", AlertCondition.Above),
            reader.Integer(m, path, "violatingSamples", 3, 1, 60),
            reader.Integer(m, path, "samples", 5, 3, 60),
            reader.Integer(m, path, "dealertingSamples", 5, 3, 60),
            reader.Number(m, path, "signalFluctuation", 1, 0, 10),
            reader.Number(m, path, "tolerance", 4, 0.1, 10));
        if (model.Type == ModelType.StaticThreshold && model.AlertCondition == AlertCondition.Outside)
        {
            reader.Report(EvaluationDiagnostics.StaticThresholdOutside(reader.Locate(SettingsReader.Join(path, "alertCondition")), reader.Source));
        }

        if (model.ViolatingSamples > model.Samples)
        {
            reader.Report(EvaluationDiagnostics.ViolatingExceedsSamples(reader.Locate(SettingsReader.Join(path, "violatingSamples")), reader.Source, model.ViolatingSamples, model.Samples));
        }

        return model;
    }

    private static EventTemplate ReadTemplate(SettingsReader reader, JsonElement? element)
    {
        const string path = "eventTemplate";
        var t = element ?? default;
        var metadata = new List<MetadataItem>();
        var items = reader.List(t, path, "metadata");
        for (var i = 0; i < items.Count; i++)
        {
            var at = SettingsReader.Index(SettingsReader.Join(path, "metadata"), i);
            metadata.Add(new MetadataItem(
                reader.Text(items[i], at, "metadataKey", "", required: true, hint: "in an event property") ?? "",
                reader.Text(items[i], at, "metadataValue", "") ?? ""));
        }

        var eventType = reader.Choice(t, path, "eventType", MetricEventType.CustomAlert);
        return new EventTemplate(
            element is null ? "" : reader.Text(t, path, "title", "", required: true, hint: "(the event title, 2 to 500 characters)") ?? "",
            reader.Text(t, path, "description", DefaultDescription) ?? DefaultDescription,
            eventType,
            eventType != MetricEventType.Info && reader.Boolean(t, path, "davisMerge", true),
            metadata);
    }
}
