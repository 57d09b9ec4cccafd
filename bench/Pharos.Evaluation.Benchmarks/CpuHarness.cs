using System.Diagnostics;
using System.Globalization;

namespace Pharos.Evaluation.Benchmarks;

/// <summary>
/// Timed harness for the issue's target: one minute's cycle of 10,000 metric events over 1,000 series within
/// 10 s of CPU. Measures process CPU time (all threads) around single cycles after a warm-up and prints it next
/// to a reference measured in the same run (reading the data only). Exit code 1 when over budget.
/// </summary>
internal static class CpuHarness
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    public static int Run(TextWriter output)
    {
        var source = new SyntheticSource();
        var setup = Stopwatch.StartNew();
        var engine = Workload.Engine(source, 10_000);
        var configs = Workload.Configs(10_000);
        output.WriteLine($"setup: 10,000 metric events parsed and loaded in {setup.Elapsed.TotalMilliseconds:0} ms");

        var minute = 0;
        var first = Measure(() => Cycle(engine, minute++));
        output.WriteLine($"first cycle (creates all windows): {first.Cpu.TotalMilliseconds:0} ms CPU, {first.Wall.TotalMilliseconds:0} ms wall, {first.Result:N0} series windows");
        for (var i = 0; i < 5; i++)
        {
            Cycle(engine, minute++);
        }

        var cycles = Enumerable.Range(0, 10).Select(_ => Measure(() => Cycle(engine, minute++))).ToList();
        var reference = Enumerable.Range(0, 10).Select(_ => Measure(() => ReadOnly(source, configs, minute))).ToList();
        var worst = cycles.Max(c => c.Cpu);
        var median = cycles.Select(c => c.Cpu).Order().ElementAt(cycles.Count / 2);
        var refMedian = reference.Select(c => c.Cpu).Order().ElementAt(reference.Count / 2);
        output.WriteLine($"steady cycle: median {median.TotalMilliseconds:0} ms CPU, worst {worst.TotalMilliseconds:0} ms CPU over 10 cycles ({cycles[0].Result:N0} series windows, {Environment.ProcessorCount} cores)");
        output.WriteLine($"reference (read the same data only): median {refMedian.TotalMilliseconds:0} ms CPU; a cycle costs ×{(median.TotalMilliseconds / Math.Max(1, refMedian.TotalMilliseconds)).ToString("0.0", CultureInfo.InvariantCulture)} the reference");
        var ok = worst <= Budget && first.Cpu <= Budget;
        output.WriteLine($"budget {Budget.TotalSeconds:0} s CPU per cycle: {(ok ? "met" : "EXCEEDED")}");
        return ok ? 0 : 1;
    }

    private static int Cycle(Pharos.Evaluation.MetricEvents.MetricEventEngine engine, int minute) =>
        engine.EvaluateAsync(Workload.Start.AddMinutes(minute + 1), CancellationToken.None).AsTask().GetAwaiter().GetResult().SeriesEvaluated;

    private static int ReadOnly(SyntheticSource source, IReadOnlyList<Pharos.Evaluation.MetricEvents.MetricEventConfig> configs, int minute)
    {
        var total = 0;
        foreach (var config in configs)
        {
            total += source.QueryAsync(new Pharos.Evaluation.Series.MetricSeriesQuery(config.Query, Workload.Start.AddMinutes(minute), 1), CancellationToken.None).Result.Series.Count;
        }

        return total;
    }

    private static (TimeSpan Cpu, TimeSpan Wall, int Result) Measure(Func<int> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var result = action();
        wall.Stop();
        process.Refresh();
        return (process.TotalProcessorTime - cpu, wall.Elapsed, result);
    }
}
