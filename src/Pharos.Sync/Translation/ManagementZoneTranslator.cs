using System.Text.Json.Nodes;
using Pharos.Catalog.Resolution;

namespace Pharos.Sync.Translation;

/// <summary>
/// One <c>builtin:management-zones</c> object per service × environment: the service's services
/// and process groups by their Kubernetes tags, and its Kubernetes workloads by their labels
/// (docs/dynatrace-mapping.md, "Management zone").
/// </summary>
internal static class ManagementZoneTranslator
{
    public const string Item = "zone";

    public static DesiredObject Translate(ServiceEnvironment context)
    {
        var scope = context.Scope;
        var labels = string.Join(" and ", scope.IdentifyingTags.Select(t => $"{t.Key}={t.Value}"));
        var value = new JsonObject
        {
            ["name"] = Name(context),
            ["description"] = Text.Limit(
                $"Managed by Pharos (catalog {context.CatalogId}): services, process groups and Kubernetes workloads of {context.Service} in {context.Environment}, " +
                $"found by the Kubernetes labels {labels}. Namespaces: {string.Join(", ", scope.Namespaces)}.",
                1000),
            ["rules"] = new JsonArray(
                SelectorRule(scope.ServiceSelector),
                SelectorRule(scope.ProcessGroupSelector),
                WorkloadRule(scope)),
        };
        var source = new Provenance($"service {context.Service}", context.ServiceLocation);
        return context.Create(DesiredObjectKind.ManagementZone, Item, value, source, $"management zone '{Name(context)}' ({labels})");
    }

    /// <summary><c>Pharos: payment-processor (prod)</c>: names are unique per tenant, the prefix keeps them apart from hand-made zones.</summary>
    public static string Name(ServiceEnvironment context) => Text.Limit($"Pharos: {context.DisplayName}", 100);

    private static JsonObject SelectorRule(string entitySelector) => new()
    {
        ["enabled"] = true,
        ["type"] = "SELECTOR",
        ["entitySelector"] = entitySelector,
    };

    // Kubernetes workloads (CLOUD_APPLICATION) carry the labels themselves, not derived tags.
    private static JsonObject WorkloadRule(ServiceEntityScope scope) => new()
    {
        ["enabled"] = true,
        ["type"] = "ME",
        ["attributeRule"] = new JsonObject
        {
            ["entityType"] = "CLOUD_APPLICATION",
            ["conditions"] = new JsonArray(scope.IdentifyingTags.Select(t => (JsonNode)new JsonObject
            {
                ["key"] = "CLOUD_APPLICATION_LABELS",
                ["dynamicKey"] = t.Key,
                ["operator"] = "EQUALS",
                ["stringValue"] = t.Value,
                ["caseSensitive"] = true,
            }).ToArray()),
        },
    };
}
