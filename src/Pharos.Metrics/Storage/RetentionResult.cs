namespace Pharos.Metrics.Storage;

/// <summary>What a retention pass removed. <see cref="CutoffMs"/> is the oldest timestamp still kept.</summary>
public readonly record struct RetentionResult(MetricStoreStatus Status, long CutoffMs, long PointsDropped, int SeriesDropped);
