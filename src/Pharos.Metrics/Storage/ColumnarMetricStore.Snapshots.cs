using Pharos.Metrics.Storage.Snapshots;
using Pharos.Metrics.Storage.Wal;

namespace Pharos.Metrics.Storage;

public sealed partial class ColumnarMetricStore
{
    private Task _snapshot = Task.CompletedTask;
    private long _logBytesSinceSnapshot;
    private long _lastSnapshotBytes;
    private long _previousSnapshotSequence;
    private string? _lastSnapshotProblem;

    /// <summary>Why the last snapshot attempt failed, if it did; the log still holds the data, so nothing is lost.</summary>
    public string? LastSnapshotProblem => Volatile.Read(ref _lastSnapshotProblem);

    private void MaybeRotateSegment()
    {
        if (_segment is not null && _segment.Length >= _options.SegmentMaxBytes)
        {
            _ = TryRotate();
        }
    }

    private void MaybeStartSnapshot()
    {
        if (_segment is null || !_snapshot.IsCompleted || _logBytesSinceSnapshot < Math.Max(_options.SnapshotMinLogBytes, _lastSnapshotBytes))
        {
            return;
        }

        var view = RotateAndCapture();
        if (view is not null)
        {
            _snapshot = Task.Run(() => WriteSnapshotAsync(view, _options.SnapshotMaxBytesPerSecond));
        }
    }

    private async Task<MetricStoreStatus> CheckpointNowAsync()
    {
        if (_segment is null)
        {
            return MetricStoreStatus.Ok;
        }

        await WaitForSnapshotAsync().ConfigureAwait(false);
        var view = RotateAndCapture();
        if (view is null)
        {
            return MetricStoreStatus.Faulted;
        }

        return await WriteSnapshotAsync(view, maxBytesPerSecond: 0).ConfigureAwait(false) ? MetricStoreStatus.Ok : MetricStoreStatus.IoError;
    }

    private async Task WaitForSnapshotAsync()
    {
        try
        {
            await _snapshot.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Volatile.Write(ref _lastSnapshotProblem, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>Starts a new segment and captures everything logged before it; null when the store cannot write.</summary>
    private SnapshotView? RotateAndCapture()
    {
        if (_segment is null || _fault is not null || !TryRotate())
        {
            return null;
        }

        _logBytesSinceSnapshot = 0;
        return SnapshotView.Capture(_memory, _segment.Sequence, NowMs);
    }

    private bool TryRotate()
    {
        try
        {
            var next = WalSegment.Create(_directory!, _segment!.Sequence + 1);
            StoreFiles.FlushDirectory(_directory!);
            _segment.Dispose();
            _segment = next;
            ForgetSegmentSeries();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Volatile.Write(ref _fault, $"{ex.GetType().Name}: {ex.Message}");
            return false;
        }
    }

    /// <summary>
    /// Writes the snapshot, then deletes what the previous snapshot covered: two generations stay on disk,
    /// so a damaged newest snapshot can still be recovered from the older one plus the log after it.
    /// </summary>
    private Task<bool> WriteSnapshotAsync(SnapshotView view, long maxBytesPerSecond)
    {
        try
        {
            _lastSnapshotBytes = SnapshotWriter.Write(_directory!, view, maxBytesPerSecond);
            var keepFrom = _previousSnapshotSequence;
            _previousSnapshotSequence = view.CoveredSequence;
            foreach (var (sequence, path) in StoreFiles.Snapshots(_directory!))
            {
                if (sequence < keepFrom)
                {
                    File.Delete(path);
                }
            }

            foreach (var (sequence, path) in StoreFiles.Segments(_directory!))
            {
                if (sequence < keepFrom)
                {
                    File.Delete(path);
                }
            }

            StoreFiles.FlushDirectory(_directory!);
            Volatile.Write(ref _lastSnapshotProblem, null);
            return Task.FromResult(true);
        }
        catch (Exception ex)
        {
            // The log still holds everything the snapshot would have covered; the next attempt retries.
            Volatile.Write(ref _lastSnapshotProblem, $"{ex.GetType().Name}: {ex.Message}");
            return Task.FromResult(false);
        }
    }
}
