namespace Pharos.Sync.Translation;

/// <summary>
/// The Settings 2.0 schemas the translation writes, pinned to the versions the values were
/// written against (reference/settings-schemas), and the kind name used in externalIds.
/// </summary>
public static class SettingsSchemas
{
    public const string ManagementZones = "builtin:management-zones";
    public const string MetricMetadata = "builtin:metric.metadata";
    public const string MetricEvents = "builtin:anomaly-detection.metric-events";
    public const string Slo = "builtin:monitoring.slo";
    public const string AlertingProfile = "builtin:alerting.profile";
    public const string ProblemNotifications = "builtin:problem.notifications";

    public static string SchemaIdOf(DesiredObjectKind kind) => kind switch
    {
        DesiredObjectKind.ManagementZone => ManagementZones,
        DesiredObjectKind.MetricMetadata => MetricMetadata,
        DesiredObjectKind.MetricEvent => MetricEvents,
        DesiredObjectKind.Slo => Slo,
        DesiredObjectKind.AlertingProfile => AlertingProfile,
        _ => ProblemNotifications,
    };

    public static string VersionOf(DesiredObjectKind kind) => kind switch
    {
        DesiredObjectKind.ManagementZone => "1.0.13",
        DesiredObjectKind.MetricMetadata => "4.29",
        DesiredObjectKind.MetricEvent => "1.0.19",
        DesiredObjectKind.Slo => "6.0.14",
        DesiredObjectKind.AlertingProfile => "8.6.3",
        _ => "1.7.4",
    };

    /// <summary>The most objects Dynatrace keeps per scope (the schema's maxObjects).</summary>
    public static int MaxObjectsOf(DesiredObjectKind kind) => kind switch
    {
        DesiredObjectKind.ManagementZone => 5000,
        DesiredObjectKind.MetricMetadata => 1,
        DesiredObjectKind.MetricEvent => 10000,
        DesiredObjectKind.Slo => 10000,
        _ => 1000,
    };

    /// <summary>The kind as it appears in externalIds: stable, never renamed.</summary>
    public static string KindName(DesiredObjectKind kind) => kind switch
    {
        DesiredObjectKind.ManagementZone => "management-zone",
        DesiredObjectKind.MetricMetadata => "metric-metadata",
        DesiredObjectKind.MetricEvent => "metric-event",
        DesiredObjectKind.Slo => "slo",
        DesiredObjectKind.AlertingProfile => "alerting-profile",
        _ => "notification",
    };
}
