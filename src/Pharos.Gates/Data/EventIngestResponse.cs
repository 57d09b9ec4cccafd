namespace Pharos.Gates.Data;

/// <summary>
/// The 201 answer of <c>POST /api/v2/events/ingest</c>: one result per entity the selector matched.
/// The API answers 201 even when no entity matched or a result is not OK, so callers must check
/// (see <c>IngestResultChecker</c>).
/// </summary>
public sealed record EventIngestResponse(int ReportCount, IReadOnlyList<EventIngestItem> Results);

/// <summary><see cref="Status"/>: OK, INVALID_ENTITY_TYPE, INVALID_METADATA or INVALID_TIMESTAMPS.</summary>
public sealed record EventIngestItem(string? CorrelationId, string Status);
