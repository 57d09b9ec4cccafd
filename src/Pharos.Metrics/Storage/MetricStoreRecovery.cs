namespace Pharos.Metrics.Storage;

/// <summary>
/// What opening the store found and repaired. <see cref="TornBytesTruncated"/> is the incomplete tail of
/// the newest log segment (a write cut short by a crash; never an acknowledged batch). <see cref="Problems"/>
/// lists damage that lost data: a rejected snapshot or a bad record in an older segment.
/// </summary>
public sealed record MetricStoreRecovery(
    long? SnapshotSequence,
    long SnapshotPoints,
    int SegmentsReplayed,
    long RecordsReplayed,
    long TornBytesTruncated,
    IReadOnlyList<string> Problems,
    TimeSpan Duration)
{
    public static MetricStoreRecovery None { get; } = new(null, 0, 0, 0, 0, [], TimeSpan.Zero);
}
