using Pharos.Catalog.Resolution;

namespace Pharos.Sync.Translation;

/// <summary>
/// The catalog items with no Settings 2.0 home in this mapping, reported once per service ×
/// environment (docs/dynatrace-mapping.md, "Not synced").
/// </summary>
internal static class NotSyncedCollector
{
    public const string RequestNamingReason =
        "request naming rules have no Settings 2.0 schema Pharos manages; configure them in Dynatrace (Settings > Server-side service monitoring > Request naming).";

    public const string RequestAttributeReason =
        "request attributes are not managed by Pharos yet (they need the request-attribute configuration, not a Settings 2.0 schema of this mapping); configure them in Dynatrace.";

    public const string DashboardReason =
        "dashboards are documents, not Settings 2.0 objects; Pharos does not sync them. Keep the dashboard in Dynatrace or export it as a document.";

    public const string DisabledMetricReason =
        "the metric is disabled for Dynatrace (dynatrace.enabled: false), so no metadata object is created.";

    public static IEnumerable<NotSyncedItem> Collect(ServiceEnvironment context)
    {
        var target = context.Target;
        if (target.Application.RequestNaming is { } naming)
        {
            yield return Item(context, "request naming", naming.Value, naming.Source, RequestNamingReason);
        }

        foreach (var attribute in target.Application.RequestAttributes)
        {
            var a = attribute.Value;
            yield return Item(context, "request attribute", $"{a.Name} ({a.SourceKind} {a.SourceValue})", attribute.Source, RequestAttributeReason);
        }

        foreach (var dashboard in target.Dashboards)
        {
            yield return Item(context, "dashboard", dashboard.Value.Name, dashboard.Source, DashboardReason);
        }

        foreach (var metric in target.CustomMetrics.Where(m => !m.Value.Enabled))
        {
            yield return Item(context, "custom metric", metric.Value.Name, metric.Source, DisabledMetricReason);
        }
    }

    private static NotSyncedItem Item(ServiceEnvironment context, string kind, string item, Provenance source, string reason) =>
        new(kind, context.Service, context.Environment, item, source, reason);
}
