using Pharos.Metrics.Storage.Memory;

namespace Pharos.Metrics.Storage.Wal;

/// <summary>A decoded log record: a batch of points and metadata lines, or a metadata-settings change.</summary>
internal abstract class WalRecord
{
    private WalRecord()
    {
    }

    internal sealed class Batch(BatchContent content) : WalRecord
    {
        public BatchContent Content { get; } = content;
    }

    internal sealed class Settings(string metricKey, MetricMetadataSettings? value, long wallClockMs) : WalRecord
    {
        public string MetricKey { get; } = metricKey;

        public MetricMetadataSettings? Value { get; } = value;

        public long WallClockMs { get; } = wallClockMs;
    }
}
