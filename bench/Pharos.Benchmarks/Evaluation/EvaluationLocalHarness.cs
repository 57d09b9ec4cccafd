using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Pharos.Benchmarks.Local;
using Pharos.Evaluation;
using Pharos.Evaluation.Benchmarks;
using Pharos.Evaluation.Entities;
using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Problems;
using Pharos.Evaluation.Series;
using Pharos.Local.Evaluation;
using Pharos.Local.Hosting;

namespace Pharos.Benchmarks.Evaluation;

/// <summary>
/// Issue 5's target measured inside the local environment: one minute's evaluation cycle
/// (<see cref="ILocalEvaluation.RunCycleAsync"/>: config reload check, entity refresh, metric events over the
/// columnar store through the query engine, problems, notifications, SQLite persistence) of N metric events over
/// M series within 10 s of CPU. Each cycle is paired with the library's in-memory path (the same metric events on
/// <see cref="SyntheticSource"/>, the same values and minutes) measured right after it in the same run; both must
/// raise the same number of events. The library's problem tracker is also timed alone on the reference's
/// transitions, so the server's own overhead can be told from the tracker's.
/// </summary>
internal static class EvaluationLocalHarness
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    private sealed record Row(int Cycle, CycleMeasure Local, int Raised, int Closed, int Opened, CycleMeasure Reference, int ReferenceRaised, CycleMeasure Tracker, int ReferenceOpened);

    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] arguments)
    {
        var args = EvaluationLocalArgs.Parse(arguments, Console.Error);
        if (args is null)
        {
            return 1;
        }

        var root = args.Keep ?? Path.Combine(Path.GetTempPath(), "pharos-evaluation-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        Console.WriteLine($"evaluation-local: {Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC {GCSettings.IsServerGC}, data in {root}");
        Console.WriteLine($"load: {args.Events:N0} metric events (STATIC_THRESHOLD, half METRIC_KEY over a metric's {args.ServicesPerMetric} series, half METRIC_SELECTOR " +
                          $"filtered to one region, split by dt.entity.service) over {args.ServicesPerMetric * Workload.Metrics:N0} series, {args.ViolatingPercent} % of them crossing thresholds; " +
                          $"{args.History} minutes of history; " +
                          $"{args.Warmup} warm-up + {args.Cycles} measured cycles");
        try
        {
            var rows = await MeasureAsync(root, args).ConfigureAwait(false);
            return Report(rows, args) ? 0 : 1;
        }
        finally
        {
            if (args.Keep is null)
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static async Task<List<Row>> MeasureAsync(string root, EvaluationLocalArgs args)
    {
        var firstMinute = EvaluationMinutes.Of(Workload.Start);
        var clock = new OffsetClock();
        clock.SetNow(Workload.Start);
        var options = new LocalEnvironmentOptions { Port = 0, DataDirectory = Path.Combine(root, "local"), HandleShutdownSignals = false, EvaluateEveryMinute = false };
        await using var environment = await LocalEnvironment.StartAsync(options, services => services.AddSingleton<TimeProvider>(clock)).ConfigureAwait(false);
        var token = (await File.ReadAllTextAsync(environment.AdminTokenPath).ConfigureAwait(false)).Trim();
        using var load = new EvaluationLocalLoad(environment, clock, token, args);

        var setup = Stopwatch.StartNew();
        await load.RegisterServicesAsync().ConfigureAwait(false);
        Console.WriteLine($"setup: {args.ServicesPerMetric * Workload.Metrics:N0} SERVICE entities registered in {setup.Elapsed.TotalSeconds:0.0} s");
        setup.Restart();
        for (var minute = firstMinute; minute < firstMinute + args.History; minute++)
        {
            await load.IngestMinuteAsync(minute).ConfigureAwait(false);
        }

        Console.WriteLine($"setup: {args.History * args.Series:N0} data points ingested over HTTP ({args.History} requests) in {setup.Elapsed.TotalSeconds:0.0} s");
        setup.Restart();
        await load.CreateMetricEventsAsync().ConfigureAwait(false);
        Console.WriteLine($"setup: {args.Events:N0} metric events created through POST /settings/objects in {setup.Elapsed.TotalSeconds:0.0} s");

        var evaluation = environment.Services.GetRequiredService<ILocalEvaluation>();
        var reference = Workload.Engine(new SyntheticSource(args.ServicesPerMetric, args.ViolatingPercent), args.Events);
        var referenceProblems = new ProblemTracker(new InMemoryEntityDirectory());
        var rows = new List<Row>();
        for (var k = 0; k < args.Warmup + args.Cycles; k++)
        {
            var now = EvaluationMinutes.Start(firstMinute + args.History + k);
            if (k > 0)
            {
                await load.IngestMinuteAsync(firstMinute + args.History + k - 1).ConfigureAwait(false);
            }

            clock.SetNow(now);
            var (local, cycle) = await CycleMeasure.RunAsync(() => evaluation.RunCycleAsync(now, CancellationToken.None)).ConfigureAwait(false);
            var (inMemory, referenceCycle) = await CycleMeasure.RunAsync(() => reference.EvaluateAsync(now, CancellationToken.None).AsTask()).ConfigureAwait(false);

            // The library's problem tracker on the reference's transitions, alone: separates its cost from the server's.
            var (tracker, referenceOpened) = await CycleMeasure.RunAsync(
                () => Task.FromResult(referenceProblems.Apply(referenceCycle.Transitions).Count(c => c.Kind == ProblemChangeKind.Opened))).ConfigureAwait(false);
            if (cycle.Evaluation.Errors.Count > 0)
            {
                throw new InvalidOperationException($"cycle {k}: {cycle.Evaluation.Errors.Count} metric events failed, e.g. {cycle.Evaluation.Errors[0].Message}");
            }

            var row = new Row(
                k,
                local,
                Raised(cycle.Evaluation),
                cycle.Evaluation.Transitions.Count - Raised(cycle.Evaluation),
                cycle.ProblemChanges.Count(c => c.Kind == ProblemChangeKind.Opened),
                inMemory,
                Raised(referenceCycle),
                tracker,
                referenceOpened);
            rows.Add(row);
            Console.WriteLine($"cycle {k}{(k < args.Warmup ? " (warm-up)" : "")}: local {Ms(local.Cpu)} ms CPU, {Ms(local.Wall)} ms wall, {Mb(local.AllocatedBytes)} MB; " +
                              $"in-memory {Ms(inMemory.Cpu)} ms CPU, {Ms(inMemory.Wall)} ms wall, {Mb(inMemory.AllocatedBytes)} MB; " +
                              $"in-memory problem tracker {Ms(tracker.Cpu)} ms CPU; events raised {row.Raised}/{row.ReferenceRaised}, closed {row.Closed}, " +
                              $"problems opened {row.Opened}/{row.ReferenceOpened}");
        }

        await environment.StopAsync().ConfigureAwait(false);
        return [.. rows.Skip(args.Warmup)];
    }

    private static int Raised(EvaluationCycle cycle) => cycle.Transitions.Count(t => t.Kind == EventTransitionKind.Raised);

    private static bool Report(List<Row> rows, EvaluationLocalArgs args)
    {
        Console.WriteLine();
        Console.WriteLine("| cycle | in server: CPU (ms) | wall (ms) | allocated (MB) | events raised / closed | problems opened | in-memory reference: CPU (ms) | wall (ms) | allocated (MB) | events raised | in-memory problem tracker: CPU (ms) | problems opened |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in rows)
        {
            Console.WriteLine($"| {r.Cycle} | {Ms(r.Local.Cpu)} | {Ms(r.Local.Wall)} | {Mb(r.Local.AllocatedBytes)} | {r.Raised} / {r.Closed} | {r.Opened} | " +
                              $"{Ms(r.Reference.Cpu)} | {Ms(r.Reference.Wall)} | {Mb(r.Reference.AllocatedBytes)} | {r.ReferenceRaised} | {Ms(r.Tracker.Cpu)} | {r.ReferenceOpened} |");
        }

        var cpu = Median(rows.Select(r => r.Local.Cpu.TotalMilliseconds));
        var refCpu = Median(rows.Select(r => r.Reference.Cpu.TotalMilliseconds));
        var worst = rows.Max(r => r.Local.Cpu);
        Console.WriteLine();
        Console.WriteLine($"in server: median {cpu:0} ms CPU, worst {Ms(worst)} ms CPU, median {Median(rows.Select(r => r.Local.Wall.TotalMilliseconds)):0} ms wall, " +
                          $"median {Median(rows.Select(r => r.Local.AllocatedBytes / 1e6)):0} MB allocated per cycle");
        Console.WriteLine($"in-memory reference: median {refCpu:0} ms CPU, {Median(rows.Select(r => r.Reference.AllocatedBytes / 1e6)):0} MB allocated; " +
                          $"in server ÷ in-memory (median CPU) {(cpu / Math.Max(1, refCpu)).ToString("0.0", CultureInfo.InvariantCulture)}");
        var mismatch = rows.Where(r => r.Raised != r.ReferenceRaised || r.Opened != r.ReferenceOpened).ToList();
        if (mismatch.Count > 0)
        {
            Console.WriteLine($"WARNING: events raised or problems opened differ from the in-memory path in {mismatch.Count} cycles");
        }

        var ok = worst <= Budget;
        Console.WriteLine($"budget {Budget.TotalSeconds:0} s CPU per cycle ({args.Events:N0} events, {args.Series:N0} series): {(ok ? "met" : "EXCEEDED")}");
        return ok;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => (bytes / 1e6).ToString("0.0", CultureInfo.InvariantCulture);
}
