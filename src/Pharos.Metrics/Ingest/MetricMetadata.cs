namespace Pharos.Metrics.Ingest;

/// <summary>
/// A valid <c>#key gauge|count dt.meta.…</c> line. Metadata only creates: the store keeps the first
/// metadata it receives for a key and ignores later lines (documented Dynatrace behaviour).
/// </summary>
public sealed record MetricMetadata(
    int Line,
    string MetricKey,
    MetricType Type,
    string? DisplayName,
    string? Description,
    string? Unit);
