namespace Pharos.Local.Events;

/// <summary>The event types of <c>EventIngest.eventType</c> and how each behaves.</summary>
internal static class EventTypes
{
    public static IReadOnlyList<string> All { get; } =
    [
        "AVAILABILITY_EVENT", "CUSTOM_ALERT", "CUSTOM_ANNOTATION", "CUSTOM_CONFIGURATION", "CUSTOM_DEPLOYMENT", "CUSTOM_INFO",
        "ERROR_EVENT", "MARKED_FOR_TERMINATION", "PERFORMANCE_EVENT", "RESOURCE_CONTENTION_EVENT", "WARNING",
    ];

    private static readonly string[] FarFutureTypes =
        ["CUSTOM_ANNOTATION", "CUSTOM_CONFIGURATION", "CUSTOM_DEPLOYMENT", "CUSTOM_INFO", "MARKED_FOR_TERMINATION"];

    /// <summary>The problem severity an event type raises, or null when it does not open problems.</summary>
    public static string? ProblemSeverity(string eventType) => eventType switch
    {
        "AVAILABILITY_EVENT" => "AVAILABILITY",
        "ERROR_EVENT" => "ERROR",
        "PERFORMANCE_EVENT" => "PERFORMANCE",
        "RESOURCE_CONTENTION_EVENT" => "RESOURCE_CONTENTION",
        "CUSTOM_ALERT" => "CUSTOM_ALERT",
        _ => null,
    };

    /// <summary>
    /// Whether a start time is accepted: problem-opening events within 6 h back and 5 min ahead; info events
    /// within 30 d back and, for the annotation-like types, 7 d ahead (others 5 min ahead).
    /// </summary>
    public static bool IsStartAcceptable(string eventType, DateTimeOffset start, DateTimeOffset now)
    {
        var opensProblem = ProblemSeverity(eventType) is not null;
        var maxPast = opensProblem ? TimeSpan.FromHours(6) : TimeSpan.FromDays(30);
        var maxFuture = !opensProblem && FarFutureTypes.Contains(eventType) ? TimeSpan.FromDays(7) : TimeSpan.FromMinutes(5);
        return start >= now - maxPast && start <= now + maxFuture;
    }
}
