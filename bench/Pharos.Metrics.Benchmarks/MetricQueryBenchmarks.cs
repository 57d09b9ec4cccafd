using BenchmarkDotNet.Attributes;
using Pharos.Metrics.Ingest;
using Pharos.Metrics.Query;
using Pharos.Metrics.Storage;

namespace Pharos.Metrics.Benchmarks;

/// <summary>
/// <c>bench.series:avg</c> at 1-minute resolution over one series holding 1,000,000 points (100 per minute
/// for 10,000 minutes, so 10,000 slots, within the 10,080-slot limit), through the whole engine: parse,
/// timeframe, store read, slot accumulation and the response model. <see cref="SumReference"/> sums the
/// same 1,000,000 doubles in a plain loop, measured in the same run as a machine-speed yardstick.
/// </summary>
[MemoryDiagnoser]
public class MetricQueryBenchmarks
{
    private const int Points = 1_000_000;
    private const int Minutes = 10_000;
    private const int BatchSize = 1_000;

    private static readonly DateTimeOffset Start = new(2025, 7, 1, 0, 0, 0, TimeSpan.Zero);

    private ColumnarMetricStore _store = null!;
    private MetricQueryEngine _engine = null!;
    private MetricQueryRequest _request = null!;
    private double[] _values = [];

    [GlobalSetup]
    public void Setup()
    {
        var end = Start.AddMinutes(Minutes);
        var clock = new FixedClock(end);
        var open = ColumnarMetricStore.OpenAsync(new MetricStoreOptions(), new MetricInterner(), clock, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        _store = open.Store!;
        _values = new double[Points];
        var startMs = Start.ToUnixTimeMilliseconds();
        var stepMs = Minutes * 60_000L / Points;
        var random = new Random(7);
        for (var offset = 0; offset < Points; offset += BatchSize)
        {
            var batch = new MetricWriteBatch(BatchSize);
            for (var i = offset; i < offset + BatchSize; i++)
            {
                var value = Math.Round(random.NextDouble() * 100, 2);
                _values[i] = value;
                batch.Add(new MetricDataPoint(i, "bench.series", DimensionSet.Empty, MetricValueKind.Gauge, value, value, value, value, 1, startMs + (i * stepMs), true));
            }

            var result = _store.AppendAsync(batch, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            if (!result.IsOk)
            {
                throw new InvalidOperationException(result.Message);
            }
        }

        _engine = new MetricQueryEngine(_store, clock);
        _request = new MetricQueryRequest("bench.series:avg")
        {
            From = startMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
            To = end.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            Resolution = "1m",
        };
        var check = QueryAvg();
        if (check != Minutes)
        {
            throw new InvalidOperationException($"Expected {Minutes} slots, got {check}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _store.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public double SumReference()
    {
        var values = _values;
        double sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += values[i];
        }

        return sum;
    }

    [Benchmark]
    public int QueryAvg()
    {
        var result = _engine.QueryAsync(_request, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result.IsOk ? result.Data!.Result[0].Data[0].Values.Count : throw new InvalidOperationException(result.ErrorMessage);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
