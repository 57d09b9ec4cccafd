using System.Globalization;
using Pharos.Benchmarks.Harness;

namespace Pharos.Benchmarks.Catalog;

/// <summary>
/// Issue 2's targets, measured on the real CLI: cold <c>pharos generate</c> of 2,000 services ×
/// 3 environments × 2 regions with a 50-profile metrics catalog fetched from git (fresh cache),
/// against <c>cp -r</c> of the resulting tree in the same run; a re-run with nothing changed; and
/// the peak resident memory of the pharos process.
/// </summary>
internal static class CatalogGenerateHarness
{
    public static int Run(string[] args)
    {
        var services = IntArg(args, "--services", 2000);
        var iterations = IntArg(args, "--iterations", 3);
        var pharos = Arg(args, "--pharos") ?? RepoFile("artifacts/pharos/pharos");
        if (!File.Exists(pharos))
        {
            Console.Error.WriteLine($"{pharos} not found: run 'dotnet publish src/Pharos.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o artifacts/pharos' first, or pass --pharos PATH.");
            return 1;
        }

        var keep = Arg(args, "--keep");
        var root = keep ?? Path.Combine(Path.GetTempPath(), "pharos-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var catalog = Path.Combine(root, "catalog");
        var metrics = Path.Combine(root, "metrics-catalog");
        try
        {
            SyntheticCatalog.Write(catalog, metrics, services, new Uri(metrics).AbsoluteUri);
            GitInit(metrics);
            var cold = new List<double>();
            var copy = new List<double>();
            var rerun = new List<double>();
            var validate = new List<double>();
            for (var i = 0; i < iterations; i++)
            {
                var cache = Path.Combine(root, $"cache-{i}");
                var output = Path.Combine(root, $"out-{i}");
                string[] generate = ["generate", "--catalog", catalog, "--out", output, "--cache-dir", cache];
                cold.Add(ChildProcess.Run(pharos, generate).TotalSeconds);
                copy.Add(ChildProcess.Run("cp", ["-r", output, output + "-copy"]).TotalSeconds);
                rerun.Add(ChildProcess.Run(pharos, generate).TotalSeconds);
                validate.Add(ChildProcess.Run(pharos, ["validate", "--catalog", catalog, "--cache-dir", cache]).TotalSeconds);
            }

            var folders = Directory.GetFiles(Path.Combine(root, "out-0"), "kustomization.yaml", SearchOption.AllDirectories).Length;
            var files = Directory.GetFiles(Path.Combine(root, "out-0"), "*", SearchOption.AllDirectories).Length;
            var peak = ChildProcess.PeakChildResidentBytes();
            var c = Median(cold);
            var cp = Median(copy);
            var r = Median(rerun);
            Console.WriteLine($"catalog-generate: {services} services, {folders} output folders, {files} files, {SyntheticCatalog.MetricsProfiles} metrics-catalog profiles, median of {iterations}");
            Console.WriteLine("| measure | value | target |");
            Console.WriteLine("|---|---|---|");
            Console.WriteLine($"| cold generate (git fetch, fresh cache, empty output) | {F(c)} s | ≤ 5 s |");
            Console.WriteLine($"| cp -r of the output tree (reference, same run) | {F(cp)} s | |");
            Console.WriteLine($"| cold generate ÷ cp -r | {F(c / cp)}× | ≤ 3× |");
            Console.WriteLine($"| re-run, nothing changed | {F(r)} s | ≤ 1 s |");
            Console.WriteLine($"| validate only (compile, no output; cached metrics catalog) | {F(Median(validate))} s | |");
            Console.WriteLine($"| peak resident memory of pharos | {peak / (1024 * 1024)} MiB | ≤ 1024 MiB |");
            return 0;
        }
        finally
        {
            if (keep is null)
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static void GitInit(string dir)
    {
        string[] identity = ["-c", "user.name=bench", "-c", "user.email=bench@pharos.invalid", "-c", "commit.gpgsign=false"];
        ChildProcess.Run("git", ["init", "--quiet", "--initial-branch=main"], dir);
        ChildProcess.Run("git", ["add", "-A"], dir);
        ChildProcess.Run("git", [.. identity, "commit", "--quiet", "-m", "synthetic"], dir);
        ChildProcess.Run("git", ["tag", "v1.0.0"], dir);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string? Arg(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static int IntArg(string[] args, string name, int fallback) =>
        Arg(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    internal static string RepoFile(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pharos.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? ".", relative);
    }
}
