using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pharos.Local.Tests.Settings.Schemas;

/// <summary>Valid values of the real schemas shipped in Pharos.Settings, written from the schema documents.</summary>
internal static class RealSchemaValues
{
    public const string MetricEvents = "builtin:anomaly-detection.metric-events";
    public const string SloSchema = "builtin:monitoring.slo";
    public const string AlertingProfile = "builtin:alerting.profile";
    public const string Notifications = "builtin:problem.notifications";
    public const string ManagementZones = "builtin:management-zones";
    public const string MetricMetadata = "builtin:metric.metadata";

    public const string MetricMetadataScope = "metric-func:checkout.orders";

    public const string MetricEvent = """
        {"enabled":true,"summary":"Checkout p90 latency too high",
         "queryDefinition":{"type":"METRIC_SELECTOR","metricSelector":"builtin:service.response.time:percentile(90):splitBy(\"dt.entity.service\")","queryOffset":null,"managementZone":null},
         "modelProperties":{"type":"STATIC_THRESHOLD","threshold":500000.0,"alertOnNoData":false,"alertCondition":"ABOVE","violatingSamples":3,"samples":5,"dealertingSamples":5},
         "eventTemplate":{"title":"High latency on {dims:dt.entity.service.name}","description":"The {metricname} value was {alert_condition} normal behavior.","eventType":"SLOWDOWN","davisMerge":true,"metadata":[{"metadataKey":"team","metadataValue":"checkout"}]},
         "eventEntityDimensionKey":"dt.entity.service"}
        """;

    public const string SloValue = """
        {"name":"Checkout availability","metricName":"checkout_availability",
         "metricExpression":"(100)*(builtin:service.errors.server.successCount:splitBy())/(builtin:service.requestCount.server:splitBy())",
         "evaluationType":"AGGREGATE","filter":"type(\"SERVICE\")","evaluationWindow":"-1w","targetSuccess":99.0,"targetWarning":99.5,
         "errorBudgetBurnRate":{"burnRateVisualizationEnabled":true,"fastBurnThreshold":10.0},"enabled":true}
        """;

    public const string ManagementZone = """
        {"name":"checkout","description":"Everything the checkout team runs",
         "rules":[
           {"enabled":true,"type":"ME","attributeRule":{"entityType":"HOST","hostToPGPropagation":true,
             "conditions":[{"key":"HOST_KUBERNETES_LABELS","operator":"EQUALS","dynamicKey":"app.kubernetes.io/part-of","stringValue":"checkout","caseSensitive":true}]}},
           {"enabled":true,"type":"SELECTOR","entitySelector":"type(SERVICE),tag(\"team:checkout\")"}]}
        """;

    public const string MetricMetadataValue = """
        {"displayName":"Checkout orders","description":"Orders placed through the checkout service","unit":"Count",
         "tags":["team:checkout"],"sourceEntityType":"SERVICE",
         "dimensions":[{"key":"dt.entity.service","displayName":"Service"}],
         "metricProperties":{"minValue":0,"maxValue":1000000,"rootCauseRelevant":false,"impactRelevant":true,"valueType":"unknown","latency":1}}
        """;

    /// <summary>An alerting profile of the management zone <paramref name="managementZoneId"/> (a <c>setting</c> reference).</summary>
    public static string AlertingProfileValue(string managementZoneId, string name = "Checkout team") => $$$"""
        {"name":"{{{name}}}","managementZone":"{{{managementZoneId}}}",
         "severityRules":[
           {"severityLevel":"AVAILABILITY","delayInMinutes":0,"tagFilterIncludeMode":"INCLUDE_ANY","tagFilter":["team:checkout"]},
           {"severityLevel":"PERFORMANCE","delayInMinutes":30,"tagFilterIncludeMode":"NONE"}],
         "eventFilters":[
           {"type":"PREDEFINED","predefinedFilter":{"eventType":"SERVICE_SLOWDOWN","negate":false}}]}
        """;

    /// <summary>An e-mail notification for the alerting profile <paramref name="alertingProfileId"/>.</summary>
    public static string EmailNotification(string alertingProfileId) => $$$"""
        {"enabled":true,"displayName":"Ops e-mail","type":"EMAIL","alertingProfile":"{{{alertingProfileId}}}",
         "emailNotification":{"recipients":["ops@example.com"],"ccRecipients":[],"bccRecipients":[],
           "subject":"{State} Problem {ProblemID}: {ImpactedEntity}","body":"{ProblemDetailsHTML}","notifyClosedProblems":true}}
        """;

    public static string Item(string schemaId, string value, string scope = "environment") =>
        new JsonObject { ["schemaId"] = schemaId, ["scope"] = scope, ["value"] = JsonNode.Parse(value) }.ToJsonString();

    /// <summary><paramref name="json"/> changed by <paramref name="edit"/>.</summary>
    public static string With(string json, Action<JsonObject> edit)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        edit(node);
        return node.ToJsonString();
    }

    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
