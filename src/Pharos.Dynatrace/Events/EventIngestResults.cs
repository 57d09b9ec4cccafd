using System.Text.Json.Serialization;

namespace Pharos.Dynatrace.Events;

/// <summary>
/// The 201 answer of <c>POST /events/ingest</c>: one result per entity the selector matched.
/// The API answers 201 even when results are not OK, so check <see cref="AllOk"/>.
/// </summary>
public sealed record EventIngestResults
{
    public int ReportCount { get; init; }

    [JsonPropertyName("eventIngestResults")]
    public IReadOnlyList<EventIngestResult> Results { get; init => field = value ?? []; } = [];

    [JsonIgnore]
    public bool AllOk => Results.All(r => r.IsOk);
}

public sealed record EventIngestResult
{
    public string? CorrelationId { get; init; }

    /// <summary><c>OK</c>, <c>INVALID_ENTITY_TYPE</c>, <c>INVALID_METADATA</c> or <c>INVALID_TIMESTAMPS</c>.</summary>
    public string? Status { get; init; }

    [JsonIgnore]
    public bool IsOk => string.Equals(Status, "OK", StringComparison.Ordinal);
}
