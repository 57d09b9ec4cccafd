namespace Pharos.Metrics.Storage;

public sealed partial class ColumnarMetricStore
{
    private const long CollectAfterDroppedBytes = 32L * 1024 * 1024;
    private const int BytesPerPointUpperBound = 41;

    private long _droppedBytesSinceCollect;

    private async Task RunWriterAsync()
    {
        var group = new List<StoreCommand>(_options.MaxWritesPerFlush);
        var records = new List<ReadOnlyMemory<byte>>(_options.MaxWritesPerFlush);
        MaybeStartSnapshot();
        var reader = _commands.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            group.Clear();
            records.Clear();
            while (group.Count < _options.MaxWritesPerFlush && reader.TryRead(out var command))
            {
                group.Add(command);
            }

            using var definitions = DefineNewSeries(group);
            if (definitions is not null)
            {
                records.Add(definitions.Written);
            }

            long bytes = definitions?.Length ?? 0;
            foreach (var command in group)
            {
                if (command.Record is { } record)
                {
                    records.Add(record.Written);
                    bytes += record.Length;
                }
            }

            var durable = bytes == 0 || LogGroup(records, bytes);
            var checkpoints = new List<StoreCommand.Checkpoint>();
            foreach (var command in group)
            {
                if (command is StoreCommand.Checkpoint checkpoint)
                {
                    // A snapshot must cover every record of this group, so it waits until all are applied.
                    checkpoints.Add(checkpoint);
                    continue;
                }

                try
                {
                    await ExecuteAsync(command, durable).ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    // A bug must not leave callers waiting forever or hide a half-applied write: stop writing.
                    Volatile.Write(ref _fault, $"internal error {ex.GetType().Name}: {ex.Message}");
                    Fail(command);
                }
                finally
                {
                    command.Record?.Dispose();
                }
            }

            if (checkpoints.Count > 0)
            {
                var status = await CheckpointNowAsync().ConfigureAwait(false);
                checkpoints.ForEach(c => c.Completion.TrySetResult(status));
            }

            if (durable && bytes > 0)
            {
                MaybeRotateSegment();
                MaybeStartSnapshot();
            }
        }
    }

    /// <summary>Writes a group of records with one gather write and one flush; false (and the store faults) when the disk fails.</summary>
    private bool LogGroup(List<ReadOnlyMemory<byte>> records, long bytes)
    {
        if (_fault is not null)
        {
            return false;
        }

        if (_segment is null)
        {
            return true; // memory-only store
        }

        try
        {
            _segment.Write(records, bytes);
            _segment.Flush();
            _logBytesSinceSnapshot += bytes;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            Volatile.Write(ref _fault, $"{ex.GetType().Name}: {ex.Message}");
            return false;
        }
    }

    private void Fail(StoreCommand command)
    {
        var failed = RefusalReason() ?? MetricAppendResult.Failed(MetricStoreStatus.Faulted, "The write failed.");
        switch (command)
        {
            case StoreCommand.Append append:
                append.Completion.TrySetResult(failed);
                break;
            case StoreCommand.Settings settings:
                settings.Completion.TrySetResult(failed);
                break;
            case StoreCommand.Retention retention:
                retention.Completion?.TrySetResult(new RetentionResult(MetricStoreStatus.Faulted, 0, 0, 0));
                break;
            case StoreCommand.Checkpoint checkpoint:
                checkpoint.Completion.TrySetResult(MetricStoreStatus.Faulted);
                break;
        }
    }

    private Task ExecuteAsync(StoreCommand command, bool durable)
    {
        switch (command)
        {
            case StoreCommand.Append append when durable:
                var (stored, expired) = _memory.Apply(append.Content, RetentionCutoffMs);
                append.Completion.SetResult(new MetricAppendResult(MetricStoreStatus.Ok, stored, expired, null));
                break;
            case StoreCommand.Append append:
                append.Completion.SetResult(RefusalReason() ?? MetricAppendResult.Failed(MetricStoreStatus.Faulted, "The write could not be flushed to disk."));
                break;
            case StoreCommand.Settings settings when durable:
                _memory.ApplySettings(settings.MetricKey, settings.Value, settings.WallClockMs);
                settings.Completion.SetResult(new MetricAppendResult(MetricStoreStatus.Ok, 0, 0, null));
                break;
            case StoreCommand.Settings settings:
                settings.Completion.SetResult(RefusalReason() ?? MetricAppendResult.Failed(MetricStoreStatus.Faulted, "The write could not be flushed to disk."));
                break;
            case StoreCommand.Retention retention:
                var cutoff = RetentionCutoffMs;
                var (points, series) = _memory.DropOlderThan(cutoff);
                CollectAfterLargeDrop(points);
                retention.Completion?.SetResult(new RetentionResult(MetricStoreStatus.Ok, cutoff, points, series));
                break;
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Chunks dropped by retention sit on the pinned-object heap (see HeadChunk.Long), which only a full
    /// collection frees. Under steady ingest the runtime's own budget let a few gigabytes of dropped chunks
    /// pile up before that happened (5-minute benchmark: heap 2.5 GiB for under 1 GiB of live points), so once
    /// retention has dropped <see cref="CollectAfterDroppedBytes"/> the writer asks for a background collection.
    /// </summary>
    private void CollectAfterLargeDrop(long droppedPoints)
    {
        _droppedBytesSinceCollect += droppedPoints * BytesPerPointUpperBound;
        if (_droppedBytesSinceCollect >= CollectAfterDroppedBytes)
        {
            _droppedBytesSinceCollect = 0;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: false);
        }
    }
}
