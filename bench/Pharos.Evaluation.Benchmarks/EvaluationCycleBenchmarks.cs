using BenchmarkDotNet.Attributes;
using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Series;

namespace Pharos.Evaluation.Benchmarks;

/// <summary>
/// One minute's evaluation cycle of 10,000 metric events over 1,000 series, against the cost of only reading
/// their data (the baseline: what any evaluator must pay), measured in the same run.
/// </summary>
[MemoryDiagnoser]
public class EvaluationCycleBenchmarks
{
    private SyntheticSource _source = null!;
    private MetricEventEngine _engine = null!;
    private IReadOnlyList<MetricEventConfig> _configs = null!;
    private int _minute;

    [GlobalSetup]
    public void Setup()
    {
        _source = new SyntheticSource();
        _configs = Workload.Configs(10_000);
        _engine = Workload.Engine(_source, 10_000);
        _minute = 0;
        for (; _minute < 10; _minute++)
        {
            _engine.EvaluateAsync(Workload.Start.AddMinutes(_minute + 1), CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }
    }

    [Benchmark(Baseline = true, Description = "read data only (10,000 queries)")]
    public int ReadOnly()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var total = 0;
        foreach (var config in _configs)
        {
            if (seen.Add(config.Query.Text))
            {
                var from = Workload.Start.AddMinutes(_minute);
                total += _source.QueryAsync(new MetricSeriesQuery(config.Query, from, 1), CancellationToken.None).Result.Series.Count;
            }
        }

        return total;
    }

    [Benchmark(Description = "one cycle: 10,000 events × 1,000 series")]
    public int Cycle()
    {
        _minute++;
        var cycle = _engine.EvaluateAsync(Workload.Start.AddMinutes(_minute + 1), CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return cycle.Transitions.Count;
    }
}
