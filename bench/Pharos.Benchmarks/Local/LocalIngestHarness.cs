using System.Globalization;
using System.Runtime;
using Pharos.Local.Hosting;

namespace Pharos.Benchmarks.Local;

/// <summary>
/// Issue 3's metrics targets, measured end to end on the real local environment (in this process, Kestrel
/// on 127.0.0.1): ingest throughput, request latency and memory over a fixed duration with N concurrent
/// clients sending 1,000-line batches, against the same batches appended straight to a store in the same
/// run; then a query over 1,000,000 points of one series through HTTP against the in-process engine.
/// </summary>
internal static class LocalIngestHarness
{
    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] arguments)
    {
        var args = HarnessArgs.Parse(arguments, Console.Error);
        if (args is null)
        {
            return 1;
        }

        var root = args.Keep ?? Path.Combine(Path.GetTempPath(), "pharos-local-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        Console.WriteLine($"local-ingest: {Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC {GCSettings.IsServerGC}, data in {root}");
        try
        {
            if (!args.SkipIngest)
            {
                await RunIngestAsync(root, args).ConfigureAwait(false);
            }

            if (!args.SkipQuery)
            {
                var query = await QueryLoad.RunAsync(Path.Combine(root, "query"), args).ConfigureAwait(false);
                PrintQuery(query);
            }

            return 0;
        }
        finally
        {
            if (args.Keep is null)
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static async Task RunIngestAsync(string root, HarnessArgs args)
    {
        var bodies = IngestBodies.Create(args.LinesPerRequest, args.Series, distinctBodies: 64);
        Console.WriteLine($"bodies: {args.LinesPerRequest} lines, {bodies.Average(b => b.Length) / 1024:0} KiB on average, {args.Series} series; " +
                          $"{args.Clients} clients, {(args.Rate > 0 ? $"paced at {args.Rate} data points/s" : "closed loop")}, " +
                          $"warm-up {args.Warmup.TotalSeconds:0} s, measured {args.Duration.TotalSeconds:0} s, metric retention {args.Retention}");

        var reference = await IngestLoad.RunStoreDirectAsync(Path.Combine(root, "reference"), bodies, args).ConfigureAwait(false);

        IngestRun run;
        var options = new LocalEnvironmentOptions
        {
            Port = 0,
            DataDirectory = Path.Combine(root, "ingest"),
            HandleShutdownSignals = false,
            MetricRetention = args.Retention,
        };
        await using (var environment = await LocalEnvironment.StartAsync(options).ConfigureAwait(false))
        {
            var token = (await File.ReadAllTextAsync(environment.AdminTokenPath).ConfigureAwait(false)).Trim();
            run = await IngestLoad.RunHttpAsync(environment.ApiBaseAddress, token, bodies, args).ConfigureAwait(false);
            await environment.StopAsync().ConfigureAwait(false);
        }

        PrintIngest(run, reference, args);
    }

    private static void PrintIngest(IngestRun run, IngestRun reference, HarnessArgs args)
    {
        var l = run.Latency;
        var r = reference.Latency;
        Console.WriteLine();
        Console.WriteLine("| ingest measure | HTTP (POST /api/v2/metrics/ingest) | reference: parse + durable append, no HTTP | target |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine($"| data points/s | {F(run.DataPointsPerSecond, "N0")} | {F(reference.DataPointsPerSecond, "N0")} | ≥ 200,000 |");
        Console.WriteLine($"| requests (batches) | {run.Requests:N0} in {run.Seconds:0} s | {reference.Requests:N0} in {reference.Seconds:0} s | |");
        Console.WriteLine($"| latency p50 / p95 / p99 / max | {F(l.P50)} / {F(l.P95)} / {F(l.P99)} / {F(l.Max)} ms | {F(r.P50)} / {F(r.P95)} / {F(r.P99)} / {F(r.Max)} ms | p99 ≤ 50 ms |");
        Console.WriteLine($"| non-202 answers | {run.Failures} | | 0 |");
        Console.WriteLine($"| HTTP ÷ reference throughput | {F(run.DataPointsPerSecond / reference.DataPointsPerSecond)} | | |");
        PrintMemory("HTTP", run.Memory);
        PrintMemory("reference", reference.Memory);
        Console.WriteLine();
        Console.WriteLine($"| t (s) | data points/s | p99 (ms) | max (ms) | RSS (MiB) | managed heap (MiB) | allocated B/point | GC pauses (ms) | gen0/1/2 GCs |   sampled every {args.SampleInterval.TotalSeconds:0} s");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var sample in run.Samples)
        {
            Console.WriteLine($"| {sample.AtSeconds:0} | {F(sample.DataPointsPerSecond, "N0")} | {F(sample.P99)} | {F(sample.Max)} | " +
                              $"{sample.ResidentBytes / (1024 * 1024)} | {sample.ManagedHeapBytes / (1024 * 1024)} | {F(sample.BytesPerPoint, "0")} | " +
                              $"{F(sample.Gc.Pause.TotalMilliseconds)} | {sample.Gc.Gen0}/{sample.Gc.Gen1}/{sample.Gc.Gen2} |");
        }

        if (run.Samples.Count >= 4)
        {
            var half = run.Samples.Skip(run.Samples.Count / 2).ToList();
            Console.WriteLine($"RSS over the second half: min {half.Min(s => s.ResidentBytes) / (1024 * 1024)} MiB, max {half.Max(s => s.ResidentBytes) / (1024 * 1024)} MiB " +
                              $"(first sample {run.Samples[0].ResidentBytes / (1024 * 1024)} MiB, last {run.Samples[^1].ResidentBytes / (1024 * 1024)} MiB)");
        }
    }

    private static void PrintMemory(string name, RunMemory? memory)
    {
        if (memory is null)
        {
            return;
        }

        const double MiB = 1024 * 1024;
        var gc = memory.Gc;
        Console.WriteLine($"memory ({name}, whole process, measured part): allocated {F(memory.BytesPerPoint, "0")} B/data point ({F(gc.AllocatedBytes / MiB, "N0")} MiB); " +
                          $"GCs gen0/1/2 {gc.Gen0}/{gc.Gen1}/{gc.Gen2}, pauses {F(gc.Pause.TotalMilliseconds, "N0")} ms in total; " +
                          $"managed heap {F(memory.Start.HeapBytes / MiB, "0")} → {F(memory.End.HeapBytes / MiB, "0")} MiB (peak {F(memory.PeakHeapBytes / MiB, "0")}); " +
                          $"RSS {F(memory.Start.ResidentBytes / MiB, "0")} → {F(memory.End.ResidentBytes / MiB, "0")} MiB (peak {F(memory.PeakResidentBytes / MiB, "0")})");
    }

    private static void PrintQuery(QueryRun query)
    {
        Console.WriteLine();
        Console.WriteLine($"query: {query.Points:N0} points of one series ingested over HTTP in {query.IngestSeconds:0.0} s; " +
                          $"':avg' at 1m over {query.Slots:N0} slots, response {query.ResponseBytes / 1024} KiB");
        Console.WriteLine("| query measure | median | p95 | mean | target |");
        Console.WriteLine("|---|---|---|---|---|");
        Console.WriteLine($"| GET /api/v2/metrics/query (HTTP, body read) | {F(query.Http.P50)} ms | {F(query.Http.P95)} ms | {F(query.Http.Mean)} ms | ≤ 100 ms |");
        Console.WriteLine($"| reference: in-process engine + JSON | {F(query.Engine.P50)} ms | {F(query.Engine.P95)} ms | {F(query.Engine.Mean)} ms | |");
        Console.WriteLine($"| HTTP ÷ engine (median) | {F(query.Http.P50 / query.Engine.P50)} | | | |");
    }

    private static string F(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);
}
