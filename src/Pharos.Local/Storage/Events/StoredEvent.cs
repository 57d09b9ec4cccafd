using Pharos.Local.Entities;

namespace Pharos.Local.Storage.Events;

/// <summary>
/// One event report: one per entity the ingest selected. <see cref="EndMillis"/> is the planned end
/// (start + timeout, or the given endTime); the event is open until then.
/// </summary>
internal sealed record StoredEvent(
    string EventId,
    string CorrelationId,
    string EventType,
    string Title,
    long StartMillis,
    long EndMillis,
    EntityRef Entity,
    IReadOnlyList<EventPropertyValue> Properties,
    string DedupeKey,
    string? ProblemId)
{
    public bool IsOpen(long nowMillis) => EndMillis > nowMillis;
}

internal sealed record EventPropertyValue(string Key, string Value);
