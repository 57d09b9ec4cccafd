namespace Pharos.Sync.Translation;

/// <summary>
/// How alerting profiles find Pharos metric events: every event description ends with a token
/// holding the metric event's externalId, and a profile matches it with a case-sensitive
/// "description contains" filter. The externalId ends in a fixed-length hash and its fields
/// cannot contain ':', so one rule's token never matches another rule's description.
/// </summary>
public static class EventRouting
{
    public static string Token(string metricEventExternalId) => $"[pharos-rule {metricEventExternalId}]";
}
