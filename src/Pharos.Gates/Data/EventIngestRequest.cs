namespace Pharos.Gates.Data;

/// <summary>
/// The body of <c>POST /api/v2/events/ingest</c>. <see cref="Timeout"/> is in minutes; times are
/// sent as UTC milliseconds.
/// </summary>
public sealed record EventIngestRequest
{
    public required string EventType { get; init; }

    public required string Title { get; init; }

    public required string EntitySelector { get; init; }

    public DateTimeOffset? StartTime { get; init; }

    public DateTimeOffset? EndTime { get; init; }

    public int? Timeout { get; init; }

    /// <summary>Sorted by key so that the body (and a dry run) is the same on every run.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);
}
