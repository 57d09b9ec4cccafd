using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Microsoft.Win32.SafeHandles;
using Pharos.Metrics.Ingest;
using Pharos.Metrics.Storage;

namespace Pharos.Metrics.Benchmarks;

/// <summary>
/// Durable appends of parsed 1,000-point batches (the realistic <see cref="IngestBatch"/> body), each
/// acknowledged only after its log record is flushed to disk. One invocation per iteration, so the P95/P99
/// columns are per-append latencies. <c>Writers</c> appends that many batches concurrently (as concurrent
/// HTTP requests would) to show group commit sharing one flush. <see cref="WriteAndFlushReference"/>
/// writes the same number of bytes with one flush per batch and nothing else: the disk's floor, measured
/// in the same run. Points/s = Writers × 1,000 / Mean.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class MetricStoreAppendBenchmarks
{
    private const int Lines = 1_000;

    private string _directory = "";
    private ColumnarMetricStore _store = null!;
    private MetricWriteBatch _batch = null!;
    private SafeFileHandle _reference = null!;
    private byte[] _referenceBytes = [];
    private long _referenceOffset;

    [Params(1, 4)]
    public int Writers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "pharos-bench-" + Guid.NewGuid().ToString("N"));
        var clock = new FixedClock(IngestBatch.Now);
        var interner = new MetricInterner();
        var parser = new LineProtocolParser(interner, clock);
        _batch = new MetricWriteBatch(Lines);
        var result = parser.Parse(IngestBatch.Create(Lines), ref _batch);
        if (result.LinesOk != Lines)
        {
            throw new InvalidOperationException($"Benchmark batch is not valid: {result.Errors[0].Message}");
        }

        var open = ColumnarMetricStore.OpenAsync(new MetricStoreOptions { DirectoryPath = _directory, SnapshotOnDispose = false }, interner, clock, CancellationToken.None)
            .AsTask().GetAwaiter().GetResult();
        _store = open.Store ?? throw new InvalidOperationException(open.Message);

        // The reference writes as many bytes per batch as the store's log record for this batch.
        var logBytes = new DirectoryInfo(_directory).GetFiles("wal-*.log").Sum(f => f.Length);
        _store.AppendAsync(_batch, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        var recordBytes = new DirectoryInfo(_directory).GetFiles("wal-*.log").Sum(f => f.Length) - logBytes;
        _referenceBytes = new byte[recordBytes];
        Random.Shared.NextBytes(_referenceBytes);
        _reference = File.OpenHandle(Path.Combine(_directory, "reference.bin"), FileMode.Create, FileAccess.Write);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _reference.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public void WriteAndFlushReference()
    {
        for (var i = 0; i < Writers; i++)
        {
            RandomAccess.Write(_reference, _referenceBytes, _referenceOffset);
            _referenceOffset += _referenceBytes.Length;
            RandomAccess.FlushToDisk(_reference);
        }
    }

    [Benchmark]
    public async Task<int> AppendDurable()
    {
        if (Writers == 1)
        {
            return (await _store.AppendAsync(_batch, CancellationToken.None)).PointsStored;
        }

        var appends = new Task<MetricAppendResult>[Writers];
        for (var i = 0; i < appends.Length; i++)
        {
            appends[i] = _store.AppendAsync(_batch, CancellationToken.None).AsTask();
        }

        var results = await Task.WhenAll(appends);
        return results.Sum(r => r.PointsStored);
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(10).WithIterationCount(300).WithInvocationCount(1).WithUnrollFactor(1));
            AddColumn(StatisticColumn.P95, new PercentileColumn(99), StatisticColumn.Max);
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
