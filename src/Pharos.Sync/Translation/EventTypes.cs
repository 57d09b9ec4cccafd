namespace Pharos.Sync.Translation;

/// <summary>
/// Catalog severity × signal category → metric-event <c>eventType</c> (docs/dynatrace-mapping.md,
/// "Severity"). Critical keeps Dynatrace's meaning of the signal (an outage is AVAILABILITY, failing
/// requests ERROR); warning opens a lower-severity problem; info only records an event.
/// </summary>
internal static class EventTypes
{
    public static readonly IReadOnlyList<string> Severities = ["critical", "warning", "info"];

    public static string? For(string severity, SignalCategory category) => (severity, category) switch
    {
        ("info", _) => "INFO",
        (_, SignalCategory.Performance) when severity is "critical" or "warning" => "SLOWDOWN",
        (_, SignalCategory.Resource) when severity is "critical" or "warning" => "RESOURCE",
        ("critical", SignalCategory.Availability) => "AVAILABILITY",
        ("critical", _) => "ERROR",
        ("warning", _) => "CUSTOM_ALERT",
        _ => null,
    };

    /// <summary>The alerting-profile severity level of problems an event type opens.</summary>
    public static string? SeverityLevel(string eventType) => eventType switch
    {
        "AVAILABILITY" => "AVAILABILITY",
        "ERROR" => "ERRORS",
        "SLOWDOWN" => "PERFORMANCE",
        "RESOURCE" => "RESOURCE_CONTENTION",
        "CUSTOM_ALERT" => "CUSTOM_ALERT",
        _ => null,
    };
}
