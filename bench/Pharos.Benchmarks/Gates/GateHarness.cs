using System.Globalization;
using Pharos.Local.Entities;
using Pharos.Local.Hosting;

namespace Pharos.Benchmarks.Gates;

/// <summary>
/// Issue targets for the delivery gates, measured on the published CLI (process start included):
/// <c>pharos --version</c> cold start (p95 ≤ 300 ms) and one <c>pharos gate pre-deploy</c> decision
/// against a local environment started once in-process (p95 ≤ 2 s). References from the same run:
/// <c>/bin/true</c> (process spawn) and <c>dotnet --version</c> (the .NET host starting).
/// <code>harness gate [--iterations 30] [--pharos artifacts/pharos/pharos]</code>
/// </summary>
internal static class GateHarness
{
    private const string Service = "payment-processor";
    private const string Env = "prod";

    public static int Run(string[] args)
    {
        var iterations = IntArg(args, "--iterations", 30);
        var pharos = Arg(args, "--pharos") ?? RepoFile("artifacts/pharos/pharos");
        if (!File.Exists(pharos))
        {
            Console.Error.WriteLine($"{pharos} not found: run 'dotnet publish src/Pharos.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o artifacts/pharos' first, or pass --pharos PATH.");
            return 1;
        }

        return RunAsync(pharos, iterations).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(string pharos, int iterations)
    {
        var directory = Path.Combine(Path.GetTempPath(), "pharos-bench-gate-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            await using var environment = await LocalEnvironment.StartAsync(new LocalEnvironmentOptions { Port = 0, DataDirectory = directory, HandleShutdownSignals = false });
            var token = (await File.ReadAllTextAsync(environment.AdminTokenPath)).Trim();
            await SeedAsync(environment);

            // The token travels in the environment, as in CI, never on the command line.
            var variables = new Dictionary<string, string> { ["DT_ENV_URL"] = environment.BaseAddress.ToString(), ["DT_API_TOKEN"] = token };
            string[] gate = ["gate", "pre-deploy", "--service", Service, "--env", Env];

            var measures = new (string Name, Func<TimeSpan> Run)[]
            {
                ("/bin/true (process spawn, reference)", () => TimedProcess.Run("/bin/true", [])),
                ("dotnet --version (.NET host start, reference)", () => TimedProcess.Run("dotnet", ["--version"])),
                ("pharos --version", () => TimedProcess.Run(pharos, ["--version"])),
                // One open ERROR problem on the service: the decision is BLOCK, exit 1.
                ("pharos gate pre-deploy (one decision, BLOCK)", () => TimedProcess.Run(pharos, gate, expectedExitCode: 1, environment: variables)),
            };

            var samples = measures.ToDictionary(m => m.Name, _ => new List<double>());
            foreach (var (_, run) in measures)
            {
                run(); // warm the file cache and JIT-independent state once; not counted
            }

            // Interleaved, so that a slow moment of the machine hits every measure alike.
            for (var i = 0; i < iterations; i++)
            {
                foreach (var (name, run) in measures)
                {
                    samples[name].Add(run().TotalMilliseconds);
                }
            }

            Console.WriteLine($"gate: {iterations} runs each, interleaved, {Environment.ProcessorCount} cores, {pharos}");
            Console.WriteLine("| measure | p50 | p95 | max | target |");
            Console.WriteLine("|---|---|---|---|---|");
            foreach (var (name, _) in measures)
            {
                var target = name switch
                {
                    "pharos --version" => "p95 ≤ 300 ms",
                    "pharos gate pre-deploy (one decision, BLOCK)" => "p95 ≤ 2000 ms",
                    _ => "",
                };
                var values = samples[name];
                Console.WriteLine($"| {name} | {F(Percentile(values, 50))} ms | {F(Percentile(values, 95))} ms | {F(values.Max())} ms | {target} |");
            }

            return 0;
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static async Task SeedAsync(LocalEnvironment environment)
    {
        foreach (var region in new[] { "euw1", "euw2" })
        {
            await environment.Entities.RegisterAsync(
                new EntityRegistration("SERVICE", $"{Service} ({Env}, {region})")
                {
                    Tags = [new EntityTag("KUBERNETES", "app", Service), new EntityTag("KUBERNETES", "cost.environment", Env)],
                },
                CancellationToken.None);
        }

        using var http = new HttpClient { BaseAddress = environment.ApiBaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Api-Token", (await File.ReadAllTextAsync(environment.AdminTokenPath)).Trim());
        var selector = $"type(SERVICE),tag(\\\"[Kubernetes]app:{Service}\\\"),tag(\\\"[Kubernetes]cost.environment:{Env}\\\")";
        using var body = new StringContent(
            $$"""{"eventType":"ERROR_EVENT","title":"Failure rate increase","entitySelector":"{{selector}}","timeout":360}""",
            System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("events/ingest", body);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Nearest-rank percentile.</summary>
    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    private static string F(double value) => value.ToString("0", CultureInfo.InvariantCulture);

    private static string? Arg(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static int IntArg(string[] args, string name, int fallback) =>
        Arg(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string RepoFile(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pharos.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? ".", relative);
    }
}
