using Pharos.Metrics.Ingest;

namespace Pharos.Metrics.Storage;

/// <summary>
/// A metric as the catalog knows it. <see cref="Type"/> is the type of the first data point or metadata
/// line seen for the key. Times are wall-clock UTC milliseconds of the writes (not data timestamps);
/// <see cref="FirstWrittenMs"/> and <see cref="LastWrittenMs"/> are null until data points arrive.
/// Display name, description and unit come from the first <c>#</c> metadata line (later lines are ignored,
/// as in Dynatrace); <see cref="Settings"/> holds the <c>builtin:metric.metadata</c> override.
/// </summary>
public sealed record MetricInfo(
    string Key,
    MetricType Type,
    string? DisplayName,
    string? Description,
    string? Unit,
    MetricMetadataSettings? Settings,
    long CreatedMs,
    long? FirstWrittenMs,
    long? LastWrittenMs,
    IReadOnlyList<string> DimensionKeys,
    int SeriesCount);
