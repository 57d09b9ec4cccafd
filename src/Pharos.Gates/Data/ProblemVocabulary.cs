namespace Pharos.Gates.Data;

/// <summary>
/// Dynatrace spells the same things differently per API (v1, v2, webhooks, Grail). Gates compare
/// only normalised values, and an unknown value degrades to itself in upper case instead of failing.
/// </summary>
public static class ProblemVocabulary
{
    public const string Availability = "AVAILABILITY";
    public const string Error = "ERROR";
    public const string Performance = "PERFORMANCE";
    public const string ResourceContention = "RESOURCE_CONTENTION";
    public const string CustomAlert = "CUSTOM_ALERT";
    public const string MonitoringUnavailable = "MONITORING_UNAVAILABLE";
    public const string Info = "INFO";
    public const string Unknown = "UNKNOWN";

    /// <summary>The severity levels of the Problems API v2 (including INFO, which events use).</summary>
    public static IReadOnlyList<string> SeverityLevels { get; } =
        [Availability, Error, Performance, ResourceContention, CustomAlert, MonitoringUnavailable, Info];

    /// <summary>Upper-cases and maps event-type spellings (<c>ERROR_EVENT</c>, <c>RESOURCE_CONTENTION_EVENT</c>) to severity levels.</summary>
    public static string NormalizeSeverity(string? severity)
    {
        if (string.IsNullOrWhiteSpace(severity))
        {
            return Unknown;
        }

        var upper = severity.Trim().ToUpperInvariant();
        return upper switch
        {
            "AVAILABILITY_EVENT" => Availability,
            "ERROR_EVENT" => Error,
            "PERFORMANCE_EVENT" => Performance,
            "RESOURCE_CONTENTION_EVENT" or "RESOURCE" => ResourceContention,
            "SLOWDOWN" => Performance,
            _ => upper,
        };
    }

    /// <summary>OPEN and ACTIVE are open; CLOSED and RESOLVED (webhooks) are not; anything else counts as open, the safe side for a gate.</summary>
    public static bool IsOpen(string? status)
    {
        var upper = status?.Trim().ToUpperInvariant();
        return upper is not ("CLOSED" or "RESOLVED");
    }
}
