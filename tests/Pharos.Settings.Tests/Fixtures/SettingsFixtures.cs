using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pharos.Settings.Tests.Fixtures;

/// <summary>Realistic valid objects for every shipped schema, written by hand from the schemas.</summary>
internal static class SettingsFixtures
{
    public const string MetricEvents = "builtin:anomaly-detection.metric-events";
    public const string Slo = "builtin:monitoring.slo";
    public const string AlertingProfile = "builtin:alerting.profile";
    public const string Notifications = "builtin:problem.notifications";
    public const string ManagementZones = "builtin:management-zones";
    public const string MetricMetadata = "builtin:metric.metadata";
    public const string MaintenanceWindow = "builtin:alerting.maintenance-window";
    public const string MsTeams = "app:dynatrace.msteams:connection";

    public const string AlertingProfileObjectId =
        "vu9U3hXa3q0AAAABABhidWlsdGluOmFsZXJ0aW5nLnByb2ZpbGUABnRlbmFudAAGdGVuYW50ACQzZjJiOGMxZS00YTVkLTNlNmYtOWE3Yi0xYzJkM2U0ZjVhNmK-71TeFdrerQ";

    public const string ManagementZoneObjectId =
        "vu9U3hXa3q0AAAABABhidWlsdGluOm1hbmFnZW1lbnQtem9uZXMABnRlbmFudAAGdGVuYW50ACQ4YTdiNmM1ZC00ZTNmLTNhMmItOWMxZC0wZTFmMmEzYjRjNWS-71TeFdrerQ";

    public static readonly SettingsSchemaRegistry Registry = SettingsSchemaRegistry.LoadEmbedded();

    public const string StaticThresholdOnSelector = """
        {"enabled":true,"summary":"Checkout p90 latency too high",
         "queryDefinition":{"type":"METRIC_SELECTOR","metricSelector":"builtin:service.response.time:percentile(90):splitBy(\"dt.entity.service\")","queryOffset":null,"managementZone":null},
         "modelProperties":{"type":"STATIC_THRESHOLD","threshold":500000.0,"alertOnNoData":false,"alertCondition":"ABOVE","violatingSamples":3,"samples":5,"dealertingSamples":5},
         "eventTemplate":{"title":"High latency on {dims:dt.entity.service.name}","description":"The {metricname} value was {alert_condition} normal behavior.","eventType":"SLOWDOWN","davisMerge":true,"metadata":[{"metadataKey":"team","metadataValue":"checkout"}]},
         "eventEntityDimensionKey":"dt.entity.service"}
        """;

    public const string AutoAdaptiveOnMetricKey = """
        {"enabled":true,"summary":"Checkout error rate",
         "queryDefinition":{"type":"METRIC_KEY","metricKey":"builtin:service.errors.total.rate","aggregation":"AVG","queryOffset":2,"managementZone":"6143976176513989654",
           "entityFilter":{"dimensionKey":"dt.entity.service","conditions":[{"type":"NAME","operator":"CONTAINS_CASE_INSENSITIVE","value":"checkout"}]},
           "dimensionFilter":[{"dimensionKey":"dt.entity.service","dimensionValue":"SERVICE-0123456789ABCDEF","operator":"EQUALS"}]},
         "modelProperties":{"type":"AUTO_ADAPTIVE_THRESHOLD","signalFluctuation":2.5,"alertOnNoData":true,"alertCondition":"ABOVE","violatingSamples":3,"samples":5,"dealertingSamples":5},
         "eventTemplate":{"title":"Error rate on {dims:dt.entity.service.name}","description":"","eventType":"ERROR","davisMerge":false,"metadata":[]},
         "eventEntityDimensionKey":null,"legacyId":null}
        """;

    public const string SloValue = """
        {"name":"Checkout availability","metricName":"checkout_availability",
         "metricExpression":"(100)*(builtin:service.errors.server.successCount:splitBy())/(builtin:service.requestCount.server:splitBy())",
         "evaluationType":"AGGREGATE","filter":"type(\"SERVICE\")","evaluationWindow":"-1w","targetSuccess":99.0,"targetWarning":99.5,
         "errorBudgetBurnRate":{"burnRateVisualizationEnabled":true,"fastBurnThreshold":10.0},"enabled":true}
        """;

    public const string AlertingProfileValue = """
        {"name":"Checkout team","managementZone":"vu9U3hXa3q0AAAABABhidWlsdGluOm1hbmFnZW1lbnQtem9uZXMABnRlbmFudAAGdGVuYW50ACQ4YTdiNmM1ZC00ZTNmLTNhMmItOWMxZC0wZTFmMmEzYjRjNWS-71TeFdrerQ",
         "severityRules":[
           {"severityLevel":"AVAILABILITY","delayInMinutes":0,"tagFilterIncludeMode":"INCLUDE_ANY","tagFilter":["team:checkout","env:prod"]},
           {"severityLevel":"ERRORS","delayInMinutes":5,"tagFilterIncludeMode":"INCLUDE_ALL","tagFilter":["team:checkout"]},
           {"severityLevel":"PERFORMANCE","delayInMinutes":30,"tagFilterIncludeMode":"NONE"}],
         "eventFilters":[
           {"type":"CUSTOM","customFilter":{"titleFilter":{"enabled":true,"value":"checkout","operator":"CONTAINS","negate":false,"caseSensitive":false}}},
           {"type":"PREDEFINED","predefinedFilter":{"eventType":"SERVICE_SLOWDOWN","negate":false}}]}
        """;

    public const string EmailNotification = """
        {"enabled":true,"displayName":"Ops e-mail","type":"EMAIL",
         "alertingProfile":"vu9U3hXa3q0AAAABABhidWlsdGluOmFsZXJ0aW5nLnByb2ZpbGUABnRlbmFudAAGdGVuYW50ACQzZjJiOGMxZS00YTVkLTNlNmYtOWE3Yi0xYzJkM2U0ZjVhNmK-71TeFdrerQ",
         "emailNotification":{"recipients":["ops@example.com","oncall+checkout@example.com"],"ccRecipients":[],"bccRecipients":["audit@example.com"],
           "subject":"{State} Problem {ProblemID}: {ImpactedEntity}","body":"{ProblemDetailsHTML}","notifyClosedProblems":true}}
        """;

    public const string WebhookNotification = """
        {"enabled":true,"displayName":"Teams channel","type":"WEBHOOK",
         "alertingProfile":"vu9U3hXa3q0AAAABABhidWlsdGluOmFsZXJ0aW5nLnByb2ZpbGUABnRlbmFudAAGdGVuYW50ACQzZjJiOGMxZS00YTVkLTNlNmYtOWE3Yi0xYzJkM2U0ZjVhNmK-71TeFdrerQ",
         "webHookNotification":{"url":"https://example.webhook.office.com/webhookb2/checkout","urlContainsSecret":false,"acceptAnyCertificate":false,
           "notifyEventMergesEnabled":false,"notifyClosedProblems":true,
           "headers":[{"name":"X-Team","secret":false,"value":"checkout"},{"name":"Authorization","secret":true,"secretValue":"Bearer s3cr3t"}],
           "payload":"{\"text\":\"{State} {ProblemTitle} {ProblemURL}\"}","useOAuth2":false}}
        """;

    public const string KubernetesLabelZone = """
        {"name":"checkout","description":"Everything the checkout team runs",
         "rules":[
           {"enabled":true,"type":"ME","attributeRule":{"entityType":"HOST","hostToPGPropagation":true,
             "conditions":[{"key":"HOST_KUBERNETES_LABELS","operator":"EQUALS","dynamicKey":"app.kubernetes.io/part-of","stringValue":"checkout","caseSensitive":true}]}},
           {"enabled":true,"type":"SELECTOR","entitySelector":"type(SERVICE),tag(\"team:checkout\")"},
           {"enabled":true,"type":"DIMENSION","dimensionRule":{"appliesTo":"METRIC","conditions":[{"conditionType":"DIMENSION","key":"k8s.namespace.name","ruleMatcher":"EQUALS","value":"checkout"}]}}]}
        """;

    public const string MetricMetadataValue = """
        {"displayName":"Checkout orders","description":"Orders placed through the checkout service","unit":"Count",
         "tags":["team:checkout"],"sourceEntityType":"SERVICE",
         "dimensions":[{"key":"dt.entity.service","displayName":"Service"},{"key":"payment.method","displayName":null}],
         "metricProperties":{"minValue":0,"maxValue":1000000,"rootCauseRelevant":false,"impactRelevant":true,"valueType":"unknown","latency":1}}
        """;

    public const string WeeklyMaintenanceWindow = """
        {"enabled":true,
         "generalProperties":{"name":"Checkout release","description":"Planned release window","maintenanceType":"PLANNED",
           "suppression":"DETECT_PROBLEMS_DONT_ALERT","disableSyntheticMonitorExecution":false},
         "schedule":{"scheduleType":"WEEKLY","weeklyRecurrence":{"dayOfWeek":"SUNDAY",
           "recurrenceRange":{"scheduleStartDate":"2025-01-05","scheduleEndDate":"2025-12-28"},
           "timeWindow":{"startTime":"02:00:00","endTime":"04:00:00","timeZone":"Europe/Vienna"}}},
         "filters":[{"entityType":"SERVICE","entityId":"SERVICE-0123456789ABCDEF","entityTags":["team:checkout"],"managementZones":[]}]}
        """;

    public const string MsTeamsConnection = """
        {"name":"checkout-alerts","teamName":"Checkout","channelName":"alerts","webhook":"https://example.webhook.office.com/webhookb2/xyz"}
        """;

    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>Parses <paramref name="json"/>, lets <paramref name="edit"/> change it, and returns the result.</summary>
    public static JsonElement With(string json, Action<JsonObject> edit)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        edit(node);
        return Parse(node.ToJsonString());
    }
}
