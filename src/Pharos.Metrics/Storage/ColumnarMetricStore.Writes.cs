using System.Threading.Channels;
using Pharos.Metrics.Storage.Wal;

namespace Pharos.Metrics.Storage;

public sealed partial class ColumnarMetricStore
{
    public async ValueTask<MetricAppendResult> AppendAsync(MetricWriteBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        cancellationToken.ThrowIfCancellationRequested();
        if (RefusalReason() is { } refusal)
        {
            return refusal;
        }

        if (batch.IsEmpty)
        {
            return new MetricAppendResult(MetricStoreStatus.Ok, 0, 0, null);
        }

        var problem = WalCodec.TryEncodeBatch(batch, NowMs, _registry, out var record, out var content);
        if (problem is not null)
        {
            return MetricAppendResult.Failed(MetricStoreStatus.Rejected, problem);
        }

        var command = new StoreCommand.Append(record!, content!);
        if (await EnqueueAsync(command, cancellationToken).ConfigureAwait(false) is { } closed)
        {
            return closed;
        }

        return await command.Completion.Task.ConfigureAwait(false);
    }

    public async ValueTask<MetricAppendResult> SetMetadataAsync(string metricKey, MetricMetadataSettings? settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metricKey);
        cancellationToken.ThrowIfCancellationRequested();
        if (RefusalReason() is { } refusal)
        {
            return refusal;
        }

        if (!WalCodec.IsStorableKey(metricKey))
        {
            return MetricAppendResult.Failed(MetricStoreStatus.Rejected, "The metric key is empty or contains a NUL character.");
        }

        var wallClockMs = NowMs;
        var command = new StoreCommand.Settings(WalCodec.EncodeSettings(metricKey, settings, wallClockMs), metricKey, settings, wallClockMs);
        if (await EnqueueAsync(command, cancellationToken).ConfigureAwait(false) is { } closed)
        {
            return closed;
        }

        return await command.Completion.Task.ConfigureAwait(false);
    }

    public async ValueTask<RetentionResult> ApplyRetentionAsync(CancellationToken cancellationToken)
    {
        var command = new StoreCommand.Retention(explicitRequest: true);
        if (await EnqueueAsync(command, cancellationToken).ConfigureAwait(false) is { } closed)
        {
            return new RetentionResult(closed.Status, 0, 0, 0);
        }

        return await command.Completion!.Task.ConfigureAwait(false);
    }

    public async ValueTask<MetricStoreStatus> CheckpointAsync(CancellationToken cancellationToken)
    {
        var command = new StoreCommand.Checkpoint();
        if (await EnqueueAsync(command, cancellationToken).ConfigureAwait(false) is { } closed)
        {
            return closed.Status;
        }

        return await command.Completion.Task.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync(graceful: true).ConfigureAwait(false);
    }

    /// <summary>
    /// Stops like a killed process would: queued writes finish, but no snapshot is written and nothing is
    /// tidied, so the next open must recover from the log. For crash tests only.
    /// </summary>
    internal Task AbandonForTestingAsync() => CloseAsync(graceful: false);

    private MetricAppendResult? RefusalReason()
    {
        if (Volatile.Read(ref _closed) != 0)
        {
            return MetricAppendResult.Failed(MetricStoreStatus.Closed, "The metric store has been closed.");
        }

        return Fault is { } fault
            ? MetricAppendResult.Failed(MetricStoreStatus.Faulted, $"The metric store stopped accepting writes after a disk failure ({fault}). Fix the disk problem and restart.")
            : null;
    }

    /// <summary>Queues a command; returns a Closed result instead of throwing when the store is shutting down.</summary>
    private async ValueTask<MetricAppendResult?> EnqueueAsync(StoreCommand command, CancellationToken cancellationToken)
    {
        try
        {
            await _commands.Writer.WriteAsync(command, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (ChannelClosedException)
        {
            command.Record?.Dispose();
            return MetricAppendResult.Failed(MetricStoreStatus.Closed, "The metric store has been closed.");
        }
        catch (OperationCanceledException)
        {
            command.Record?.Dispose();
            throw;
        }
    }

    private async Task CloseAsync(bool graceful)
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
        {
            return;
        }

        await _retentionTimer.DisposeAsync().ConfigureAwait(false);
        _commands.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
        await WaitForSnapshotAsync().ConfigureAwait(false);
        if (graceful && _options.SnapshotOnDispose && _fault is null && _logBytesSinceSnapshot > 0)
        {
            var view = RotateAndCapture();
            if (view is not null)
            {
                await WriteSnapshotAsync(view, maxBytesPerSecond: 0).ConfigureAwait(false);
            }
        }

        _segment?.Dispose();
        _segment = null;
        if (_lock is not null)
        {
            await _lock.DisposeAsync().ConfigureAwait(false);
        }
    }
}
