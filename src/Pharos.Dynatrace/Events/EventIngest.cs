namespace Pharos.Dynatrace.Events;

/// <summary>
/// <c>POST /events/ingest</c>. <see cref="EventType"/> is one of AVAILABILITY_EVENT, CUSTOM_ALERT,
/// CUSTOM_ANNOTATION, CUSTOM_CONFIGURATION, CUSTOM_DEPLOYMENT, CUSTOM_INFO, ERROR_EVENT,
/// MARKED_FOR_TERMINATION, PERFORMANCE_EVENT, RESOURCE_CONTENTION_EVENT, WARNING. Times are UTC
/// milliseconds, <see cref="Timeout"/> minutes (default 15, at most 360).
/// </summary>
public sealed record EventIngest(string EventType, string Title)
{
    public long? StartTime { get; init; }

    public long? EndTime { get; init; }

    public int? Timeout { get; init; }

    /// <summary>Which entities the event is about; default the environment.</summary>
    public string? EntitySelector { get; init; }

    public IReadOnlyDictionary<string, string>? Properties { get; init; }
}
