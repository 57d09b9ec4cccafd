namespace Pharos.Metrics.Storage;

/// <summary>Where and how the store keeps data. Defaults suit a developer machine and a CI runner.</summary>
public sealed record MetricStoreOptions
{
    /// <summary>The data directory (created if missing). Null keeps everything in memory only: nothing survives a restart.</summary>
    public string? DirectoryPath { get; init; }

    /// <summary>Data older than this is dropped. Dynatrace keeps 1-minute data for 14 days.</summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromDays(14);

    /// <summary>How often the background retention pass runs.</summary>
    public TimeSpan RetentionInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Points per sealed chunk of a series; retention drops whole chunks.</summary>
    public int ChunkCapacity { get; init; } = 4096;

    /// <summary>A log segment is closed and a new one started once it reaches this size.</summary>
    public long SegmentMaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// A snapshot is written once the log since the last snapshot is this large or larger than the last
    /// snapshot, whichever is more; this bounds both replay time and write amplification.
    /// </summary>
    public long SnapshotMinLogBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Pace of automatic snapshots written in the background, in bytes per second (0: unpaced). Checkpoints
    /// and the snapshot at shutdown are never paced.
    /// </summary>
    public long SnapshotMaxBytesPerSecond { get; init; } = 64L * 1024 * 1024;

    /// <summary>Write a snapshot on dispose when the log holds anything since the last one, so the next start replays nothing.</summary>
    public bool SnapshotOnDispose { get; init; } = true;

    /// <summary>Writes waiting for the disk beyond this number make <c>AppendAsync</c> wait (back-pressure).</summary>
    public int MaxQueuedWrites { get; init; } = 1024;

    /// <summary>At most this many queued writes share one flush to disk (group commit).</summary>
    public int MaxWritesPerFlush { get; init; } = 256;
}
