using System.Threading.Channels;
using Pharos.Metrics.Ingest;
using Pharos.Metrics.Storage.Memory;
using Pharos.Metrics.Storage.Wal;

namespace Pharos.Metrics.Storage;

/// <summary>
/// The default <see cref="IMetricStore"/>: an in-memory columnar series store made durable by an
/// append-only, checksummed write-ahead log with periodic snapshots. One writer task owns every
/// mutation (group commit: a group of queued writes shares one flush to disk); readers never lock.
/// Open it with <see cref="OpenAsync"/>; see docs/metric-store.md for the file format and guarantees.
/// </summary>
public sealed partial class ColumnarMetricStore : IMetricStore
{
    private readonly MetricStoreOptions _options;
    private readonly MetricInterner _interner;
    private readonly TimeProvider _timeProvider;
    private readonly MemoryState _memory;
    private readonly SeriesRegistry _registry;
    private readonly Channel<StoreCommand> _commands;
    private readonly string? _directory;
    private readonly FileStream? _lock;
    private readonly ITimer _retentionTimer;
    private Task _writer = Task.CompletedTask;
    private WalSegment? _segment;
    private string? _fault;
    private int _closed;

    private ColumnarMetricStore(
        MetricStoreOptions options,
        MetricInterner interner,
        TimeProvider timeProvider,
        MemoryState memory,
        SeriesRegistry registry,
        string? directory,
        FileStream? lockFile,
        MetricStoreRecovery recovery)
    {
        _options = options;
        _interner = interner;
        _timeProvider = timeProvider;
        _memory = memory;
        _registry = registry;
        _directory = directory;
        _lock = lockFile;
        Recovery = recovery;
        _commands = Channel.CreateBounded<StoreCommand>(new BoundedChannelOptions(options.MaxQueuedWrites)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _retentionTimer = timeProvider.CreateTimer(
            _ => _commands.Writer.TryWrite(new StoreCommand.Retention(explicitRequest: false)),
            null,
            options.RetentionInterval,
            options.RetentionInterval);
    }

    public MetricStoreRecovery Recovery { get; }

    /// <summary>Why writes are refused, when a disk write failed; null while healthy.</summary>
    public string? Fault => Volatile.Read(ref _fault);

    public bool IsDurable => _directory is not null;

    public ValueTask<SeriesReadResult> ReadSeriesAsync(SeriesReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        if (!_memory.TryGetMetric(request.MetricKey, out var entry))
        {
            return ValueTask.FromResult(SeriesReadResult.NotFound);
        }

        var found = new List<StoredSeries>();
        var truncated = false;
        foreach (var columns in entry.Series.Values)
        {
            if (request.Filter is { } filter && !filter.Matches(columns.Dimensions))
            {
                continue;
            }

            var chunks = Overlapping(columns.Current, request.FromMs, request.ToMs);
            if (chunks.Count == 0)
            {
                continue;
            }

            if (found.Count == request.MaxSeries)
            {
                truncated = true;
                break;
            }

            found.Add(new StoredSeries(entry.Key, columns.Dimensions, chunks));
        }

        return ValueTask.FromResult(new SeriesReadResult(MetricStoreStatus.Ok, entry.ToInfo(), found, truncated));
    }

    public ValueTask<MetricInfo?> GetMetricAsync(string metricKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metricKey);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_memory.TryGetMetric(metricKey, out var entry) ? entry.ToInfo() : null);
    }

    public ValueTask<IReadOnlyList<MetricInfo>> ListMetricsAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var metrics = _memory.Metrics.Select(entry => entry.ToInfo()).ToList();
        metrics.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return ValueTask.FromResult<IReadOnlyList<MetricInfo>>(metrics);
    }

    private static List<SeriesChunk> Overlapping(SeriesColumns.State state, long fromMs, long toMs)
    {
        var chunks = new List<SeriesChunk>();
        foreach (var chunk in state.Sealed)
        {
            if (chunk.MinTimestamp < toMs && chunk.MaxTimestamp >= fromMs)
            {
                chunks.Add(chunk.View());
            }
        }

        var head = state.Head.View();
        if (head.Overlaps(fromMs, toMs))
        {
            chunks.Add(head);
        }

        return chunks;
    }

    private long NowMs => _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();

    private long RetentionCutoffMs => NowMs - (long)_options.Retention.TotalMilliseconds;
}
