namespace Pharos.Metrics.Storage;

/// <summary>
/// The metric tier of the local environment: durable appends, series reads for the query engine, the
/// metric catalog behind the descriptor endpoints, and retention. Expected conditions (unknown metric,
/// rejected input, a failed disk) come back as <see cref="MetricStoreStatus"/> values; only cancellation
/// throws. Implementations are thread-safe for any mix of concurrent calls.
/// </summary>
public interface IMetricStore : IAsyncDisposable
{
    /// <summary>
    /// Completes once the batch is durable (written and flushed to disk) and visible to reads. The batch
    /// is either stored whole or not at all. Cancellation is observed only while the batch waits for a
    /// place in the write queue; once queued it is written.
    /// </summary>
    ValueTask<MetricAppendResult> AppendAsync(MetricWriteBatch batch, CancellationToken cancellationToken);

    /// <summary>
    /// Sets the <c>builtin:metric.metadata</c> override of a metric, or clears it with null. Durable like
    /// an append. The override wins over metadata from <c>#</c> ingest lines.
    /// </summary>
    ValueTask<MetricAppendResult> SetMetadataAsync(string metricKey, MetricMetadataSettings? settings, CancellationToken cancellationToken);

    /// <summary>The series of one metric that match the filter and have points in [FromMs, ToMs).</summary>
    ValueTask<SeriesReadResult> ReadSeriesAsync(SeriesReadRequest request, CancellationToken cancellationToken);

    /// <summary>The catalog entry of a metric, or null when the store has never seen the key.</summary>
    ValueTask<MetricInfo?> GetMetricAsync(string metricKey, CancellationToken cancellationToken);

    /// <summary>Every known metric, ordered by key (ordinal).</summary>
    ValueTask<IReadOnlyList<MetricInfo>> ListMetricsAsync(CancellationToken cancellationToken);

    /// <summary>Drops data older than the retention period now rather than at the next periodic pass.</summary>
    ValueTask<RetentionResult> ApplyRetentionAsync(CancellationToken cancellationToken);

    /// <summary>Writes a snapshot and removes the log segments it covers, bounding restart time and disk use.</summary>
    ValueTask<MetricStoreStatus> CheckpointAsync(CancellationToken cancellationToken);
}
