using BenchmarkDotNet.Attributes;
using Pharos.Metrics.Ingest;

namespace Pharos.Metrics.Benchmarks;

/// <summary>
/// Line-protocol throughput on one core for a 1,000-line batch. <see cref="SplitLinesReference"/>
/// only finds line ends over the same bytes: the floor any parser pays, measured in the same run so
/// the figure is comparable across machines. Lines/s = 1,000 / Mean.
/// </summary>
[MemoryDiagnoser]
public class LineProtocolBenchmarks
{
    private const int Lines = 1_000;

    private byte[] _body = [];
    private LineProtocolParser _parser = null!;

    [GlobalSetup]
    public void Setup()
    {
        _body = IngestBatch.Create(Lines);
        _parser = new LineProtocolParser(new MetricInterner(), new FixedClock(IngestBatch.Now));
        var sink = new SummingHandler();
        var result = _parser.Parse(_body, ref sink);
        if (result.LinesOk != Lines)
        {
            throw new InvalidOperationException($"Benchmark batch is not valid: {result.Errors[0].Message}");
        }
    }

    [Benchmark(Baseline = true)]
    public int SplitLinesReference()
    {
        ReadOnlySpan<byte> body = _body;
        var lines = 0;
        var bytes = 0;
        while (!body.IsEmpty)
        {
            var end = body.IndexOf((byte)'\n');
            var line = end < 0 ? body : body[..end];
            lines++;
            bytes += line.Length;
            body = end < 0 ? default : body[(end + 1)..];
        }

        return lines + bytes;
    }

    [Benchmark]
    public double ParseBatch()
    {
        var sink = new SummingHandler();
        _ = _parser.Parse(_body, ref sink);
        return sink.Total;
    }

    private struct SummingHandler : IMetricLineHandler
    {
        public double Total;

        public void OnDataPoint(in MetricDataPoint point) => Total += point.Sum + point.Dimensions.Count + point.MetricKey.Length;

        public void OnMetadata(MetricMetadata metadata) => Total++;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
