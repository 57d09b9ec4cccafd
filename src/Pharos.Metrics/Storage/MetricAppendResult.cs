namespace Pharos.Metrics.Storage;

/// <summary>
/// Result of a write. <see cref="PointsStored"/> excludes points already older than the retention
/// period (<see cref="PointsExpired"/>), which are accepted but not kept.
/// </summary>
public readonly record struct MetricAppendResult(MetricStoreStatus Status, int PointsStored, int PointsExpired, string? Message)
{
    public bool IsOk => Status == MetricStoreStatus.Ok;

    internal static MetricAppendResult Failed(MetricStoreStatus status, string message) => new(status, 0, 0, message);
}
