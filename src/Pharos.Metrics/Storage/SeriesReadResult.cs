namespace Pharos.Metrics.Storage;

/// <summary>Status <see cref="MetricStoreStatus.NotFound"/> when the key is unknown; then <see cref="Metric"/> is null.</summary>
public sealed record SeriesReadResult(MetricStoreStatus Status, MetricInfo? Metric, IReadOnlyList<StoredSeries> Series, bool Truncated)
{
    internal static SeriesReadResult NotFound { get; } = new(MetricStoreStatus.NotFound, null, [], false);
}
