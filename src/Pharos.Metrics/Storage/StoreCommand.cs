using Pharos.Metrics.Storage.Memory;
using Pharos.Metrics.Storage.Wal;

namespace Pharos.Metrics.Storage;

/// <summary>
/// Work for the store's single writer. Commands that change data carry their encoded log record; the
/// writer logs a group of them with one flush, then applies and completes them in queue order.
/// </summary>
internal abstract class StoreCommand
{
    private StoreCommand()
    {
    }

    public virtual WalBuffer? Record => null;

    internal sealed class Append(WalBuffer record, BatchContent content) : StoreCommand
    {
        public override WalBuffer Record { get; } = record;

        public BatchContent Content { get; } = content;

        public TaskCompletionSource<MetricAppendResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    internal sealed class Settings(WalBuffer record, string metricKey, MetricMetadataSettings? value, long wallClockMs) : StoreCommand
    {
        public override WalBuffer Record { get; } = record;

        public string MetricKey { get; } = metricKey;

        public MetricMetadataSettings? Value { get; } = value;

        public long WallClockMs { get; } = wallClockMs;

        public TaskCompletionSource<MetricAppendResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>An explicit retention pass; the periodic timer queues one without a completion.</summary>
    internal sealed class Retention(bool explicitRequest) : StoreCommand
    {
        public TaskCompletionSource<RetentionResult>? Completion { get; } =
            explicitRequest ? new(TaskCreationOptions.RunContinuationsAsynchronously) : null;
    }

    internal sealed class Checkpoint : StoreCommand
    {
        public TaskCompletionSource<MetricStoreStatus> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
