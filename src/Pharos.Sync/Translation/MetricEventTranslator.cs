using System.Text.Json.Nodes;
using Pharos.Catalog.Model;
using Pharos.Catalog.Resolution;
using Pharos.Conditions;
using Pharos.Conditions.Symbols;
using Pharos.Core.Diagnostics;

namespace Pharos.Sync.Translation;

/// <summary>One alert rule → one <c>builtin:anomaly-detection.metric-events</c> object.</summary>
internal static class MetricEventTranslator
{
    private const int MaxDescription = 5000;
    private const int MaxUserDescription = 1000;
    private const int MaxText = 500;

    public static TranslatedRule? Translate(ServiceEnvironment context, Resolved<AlertRule> resolved, IDiagnosticSink sink)
    {
        var rule = resolved.Value;
        if (rule.Condition is not { } condition)
        {
            sink.Add(TranslationDiagnostics.RuleWithoutCondition(rule.Location, rule.Name, context.Service, context.Environment));
            return null;
        }

        var severity = rule.Severity?.Value.Trim().ToLowerInvariant();
        if (severity is null || !EventTypes.Severities.Contains(severity))
        {
            sink.Add(TranslationDiagnostics.UnknownSeverity(rule.Severity?.Location ?? rule.Location, rule.Name, rule.Severity?.Value));
            return null;
        }

        var compileBag = new DiagnosticBag();
        var compiled = ConditionCompiler.Compile(condition.Value, condition.Location, Symbols(context), compileBag);
        if (compiled is null)
        {
            var first = compileBag.ToSortedList().FirstOrDefault(d => d.IsError)?.Message ?? "unknown error";
            sink.Add(TranslationDiagnostics.ConditionNotTranslated(condition.Location, context.Service, context.Environment, rule.Name, first));
            return null;
        }

        var plan = ConditionTranslator.Translate(compiled.Condition, context.Scope, context.Metrics, rule.Name, condition.Location, sink);
        var eventType = EventTypes.For(severity, plan.Selector.Category)!;
        var externalId = context.ExternalId(DesiredObjectKind.MetricEvent, rule.Name);

        var value = new JsonObject
        {
            ["enabled"] = rule.Enabled,
            ["summary"] = Text.Limit($"{context.DisplayName}: {rule.Name}", MaxText),
            ["queryDefinition"] = new JsonObject
            {
                ["type"] = "METRIC_SELECTOR",
                ["metricSelector"] = plan.Selector.Text,
            },
            ["modelProperties"] = Model(plan),
            ["eventTemplate"] = Template(context, resolved, condition.Value, severity, eventType, externalId),
        };
        if (plan.Selector.EntityDimension is { } dimension)
        {
            value["eventEntityDimensionKey"] = dimension;
        }

        var summary = $"metric event '{rule.Name}' of {context.DisplayName}: {condition.Value} ({severity}{(rule.Enabled ? "" : ", disabled")})";
        var desired = context.Create(DesiredObjectKind.MetricEvent, rule.Name, value, resolved.Source, summary);
        return new TranslatedRule(desired, eventType, resolved);
    }

    private static ConditionSymbols Symbols(ServiceEnvironment context) =>
        new(context.Metrics.Values.Select(m => new KeyValuePair<string, CustomMetricType>(
            m.Name,
            CustomMetricSeries.TypeOf(m) ?? CustomMetricType.Gauge)));

    private static JsonObject Model(QueryPlan plan)
    {
        var model = new JsonObject
        {
            ["type"] = plan.ModelType,
            ["alertCondition"] = plan.AlertCondition,
            ["alertOnNoData"] = false,
            ["samples"] = plan.Window.Samples,
            ["violatingSamples"] = plan.Window.Violating,
            ["dealertingSamples"] = plan.Window.Dealerting,
        };
        if (plan.ModelType == QueryPlan.StaticThreshold)
        {
            model["threshold"] = plan.Threshold ?? 0;
        }
        else
        {
            model["signalFluctuation"] = 1.0;
        }

        return model;
    }

    private static JsonObject Template(ServiceEnvironment context, Resolved<AlertRule> resolved, string condition, string severity, string eventType, string externalId)
    {
        var rule = resolved.Value;
        var intro = rule.Description?.Value is { Length: > 0 } written
            ? Text.Limit(written, MaxUserDescription)
            : $"{rule.Name} fired for {context.DisplayName}.";
        var description = string.Join('\n',
            intro,
            $"Condition: {Text.Limit(condition, MaxUserDescription)} (severity {severity}).",
            "Dynatrace saw {metricname} {alert_condition} {threshold} for {dims}.",
            $"Defined in: {Text.Limit(resolved.Source.Layer, MaxText)}.",
            EventRouting.Token(externalId));

        var template = new JsonObject
        {
            ["title"] = Text.Limit($"{rule.Name} on {context.DisplayName}", MaxText),
            ["description"] = Text.Limit(description, MaxDescription),
            ["eventType"] = eventType,
            ["metadata"] = Metadata(context, resolved, condition, severity),
        };

        // Schema: davisMerge exists only for events that can open problems (not INFO).
        if (eventType != "INFO")
        {
            template["davisMerge"] = true;
        }

        return template;
    }

    private static JsonArray Metadata(ServiceEnvironment context, Resolved<AlertRule> resolved, string condition, string severity)
    {
        var items = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["pharos.catalog"] = context.CatalogId,
            ["pharos.condition"] = condition,
            ["pharos.environment"] = context.Environment,
            ["pharos.rule"] = resolved.Value.Name,
            ["pharos.service"] = context.Service,
            ["pharos.severity"] = severity,
            ["pharos.source"] = resolved.Source.Layer,
        };
        return new JsonArray(items
            .Where(i => !string.IsNullOrWhiteSpace(i.Value))
            .Select(i => (JsonNode)new JsonObject { ["metadataKey"] = i.Key, ["metadataValue"] = Text.Limit(i.Value, MaxText) })
            .ToArray());
    }
}
