namespace Pharos.Gates.Data;

/// <summary>
/// An event from <c>GET /api/v2/events</c>. The API sends <c>properties</c> as a list of key/value
/// pairs; the adapter turns it into a map (last value wins for a repeated key).
/// </summary>
public sealed record GateEvent
{
    public required string EventId { get; init; }

    public required string EventType { get; init; }

    public string Title { get; init; } = "";

    public DateTimeOffset StartTime { get; init; }

    public DateTimeOffset? EndTime { get; init; }

    /// <summary>The entity the event is attached to (<c>entityId</c> in the API).</summary>
    public GateEntity? Entity { get; init; }

    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();
}
