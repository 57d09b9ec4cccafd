using System.Diagnostics;
using Pharos.Metrics.Ingest;
using Pharos.Metrics.Storage.Memory;
using Pharos.Metrics.Storage.Snapshots;
using Pharos.Metrics.Storage.Wal;

namespace Pharos.Metrics.Storage;

public sealed partial class ColumnarMetricStore
{
    /// <summary>
    /// Opens (or creates) the store in <see cref="MetricStoreOptions.DirectoryPath"/>: takes the directory
    /// lock, loads the newest valid snapshot, replays the log after it, cuts off a torn tail, and starts a
    /// fresh log segment. Share <paramref name="interner"/> with the line-protocol parser so replayed and
    /// newly ingested series use the same strings.
    /// </summary>
    public static async ValueTask<MetricStoreOpenResult> OpenAsync(
        MetricStoreOptions options,
        MetricInterner interner,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(interner);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ChunkCapacity, 16);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxQueuedWrites, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxWritesPerFlush, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.SnapshotMaxBytesPerSecond);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Retention, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.RetentionInterval, TimeSpan.Zero);
        cancellationToken.ThrowIfCancellationRequested();

        if (options.DirectoryPath is null)
        {
            var volatileStore = new ColumnarMetricStore(options, interner, timeProvider, new MemoryState(options.ChunkCapacity), new SeriesRegistry(), null, null, MetricStoreRecovery.None);
            volatileStore.Start();
            return new MetricStoreOpenResult(MetricStoreStatus.Ok, volatileStore, MetricStoreRecovery.None, null);
        }

        if (!BitConverter.IsLittleEndian)
        {
            return new MetricStoreOpenResult(MetricStoreStatus.IoError, null, MetricStoreRecovery.None, "The metric store's file format needs a little-endian CPU.");
        }

        return await Task.Run(() => Open(options, interner, timeProvider), cancellationToken).ConfigureAwait(false);
    }

    private static MetricStoreOpenResult Open(MetricStoreOptions options, MetricInterner interner, TimeProvider timeProvider)
    {
        var directory = Path.GetFullPath(options.DirectoryPath!);
        FileStream? lockFile = null;
        try
        {
            Directory.CreateDirectory(directory);
            try
            {
                lockFile = new FileStream(Path.Combine(directory, StoreFiles.LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                return new MetricStoreOpenResult(MetricStoreStatus.Locked, null, MetricStoreRecovery.None,
                    $"The metric data directory '{directory}' is in use by another Pharos process. Stop it or point this one at another directory.");
            }

            var stopwatch = Stopwatch.StartNew();
            StoreFiles.DeleteTemporaryFiles(directory);
            var cutoffMs = timeProvider.GetUtcNow().ToUnixTimeMilliseconds() - (long)options.Retention.TotalMilliseconds;
            var registry = new SeriesRegistry();
            var (memory, recovery, lastSequence, replayedBytes) = Recover(directory, options, interner, registry, cutoffMs);
            var store = new ColumnarMetricStore(options, interner, timeProvider, memory, registry, directory, lockFile, recovery with { Duration = stopwatch.Elapsed })
            {
                _segment = WalSegment.Create(directory, lastSequence + 1),
                _previousSnapshotSequence = recovery.SnapshotSequence ?? 0,
            };
            StoreFiles.FlushDirectory(directory);
            store._logBytesSinceSnapshot = replayedBytes; // the replayed log counts towards the next snapshot
            store.Start();
            return new MetricStoreOpenResult(MetricStoreStatus.Ok, store, store.Recovery, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            lockFile?.Dispose();
            return new MetricStoreOpenResult(MetricStoreStatus.IoError, null, MetricStoreRecovery.None,
                $"The metric data directory '{directory}' cannot be used ({ex.GetType().Name}: {ex.Message}). Check that it exists and is writable.");
        }
    }

    private static (MemoryState Memory, MetricStoreRecovery Recovery, long LastSequence, long ReplayedBytes) Recover(
        string directory, MetricStoreOptions options, MetricInterner interner, SeriesRegistry registry, long cutoffMs)
    {
        var problems = new List<string>();
        MemoryState? memory = null;
        long? snapshotSequence = null;
        long snapshotPoints = 0;
        var snapshots = StoreFiles.Snapshots(directory);
        for (var i = snapshots.Count - 1; i >= 0 && memory is null; i--)
        {
            var (sequence, path) = snapshots[i];
            memory = SnapshotReader.TryLoad(path, sequence, interner, options.ChunkCapacity, out snapshotPoints, out var problem);
            if (memory is null)
            {
                problems.Add($"Snapshot '{Path.GetFileName(path)}' was skipped because {problem}.");
            }
            else
            {
                snapshotSequence = sequence;
            }
        }

        memory ??= new MemoryState(options.ChunkCapacity);
        var segments = StoreFiles.Segments(directory);
        var replayFrom = snapshotSequence ?? 0;
        long records = 0, torn = 0, replayedBytes = 0;
        var replayed = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            var (sequence, path) = segments[i];
            if (sequence < replayFrom)
            {
                continue;
            }

            var state = memory;
            var segmentSeries = new Dictionary<int, SegmentSeries>(); // series numbers are defined per segment
            var dataRecords = 0; // series definitions are bookkeeping, not writes: they are not counted
            var scan = WalSegmentReader.Scan(path, sequence, payload => Replay(state, payload.Span, interner, registry, segmentSeries, cutoffMs, ref dataRecords));
            replayed++;
            records += dataRecords;
            replayedBytes += scan.ValidLength;
            if (scan.IsComplete)
            {
                continue;
            }

            if (i == segments.Count - 1)
            {
                // The newest segment ends where a crash interrupted a write: nothing after it was acknowledged.
                torn += scan.FileLength - scan.ValidLength;
                WalSegmentReader.Truncate(path, Math.Max(scan.ValidLength, 0));
            }
            else
            {
                problems.Add($"Log segment '{Path.GetFileName(path)}' stops at byte {scan.ValidLength} of {scan.FileLength} because {scan.Problem}; the rest of it was skipped.");
            }
        }

        var lastSequence = Math.Max(segments.Count > 0 ? segments[^1].Sequence : 0, snapshotSequence ?? 0);
        return (memory, new MetricStoreRecovery(snapshotSequence, snapshotPoints, replayed, records, torn, problems, TimeSpan.Zero), lastSequence, replayedBytes);
    }

    private static bool Replay(
        MemoryState memory, ReadOnlySpan<byte> payload, MetricInterner interner, SeriesRegistry registry, Dictionary<int, SegmentSeries> segmentSeries, long cutoffMs, ref int dataRecords)
    {
        if (!WalCodec.TryDecode(payload, interner, registry, segmentSeries, out var record))
        {
            return false;
        }

        if (record is not null)
        {
            dataRecords++;
        }

        switch (record)
        {
            case WalRecord.Batch batch:
                memory.Apply(batch.Content, cutoffMs);
                break;
            case WalRecord.Settings settings:
                memory.ApplySettings(settings.MetricKey, settings.Value, settings.WallClockMs);
                break;
        }

        return true;
    }

    private void Start() => _writer = Task.Run(RunWriterAsync);
}
