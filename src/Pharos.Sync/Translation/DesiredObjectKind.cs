namespace Pharos.Sync.Translation;

/// <summary>
/// What a desired object is. The declaration order is the order sync must create objects in:
/// a notification references its alerting profile, so profiles come before notifications.
/// </summary>
public enum DesiredObjectKind
{
    ManagementZone,
    MetricMetadata,
    MetricEvent,
    Slo,
    AlertingProfile,
    Notification,
}
