using BenchmarkDotNet.Running;
using Pharos.Benchmarks.Catalog;

namespace Pharos.Benchmarks;

/// <summary>
/// <c>harness NAME …</c> runs a timed whole-command harness (process start included);
/// anything else goes to BenchmarkDotNet's switcher (<c>--filter '*'</c>).
/// </summary>
internal static class BenchmarkEntry
{
    public static int Run(string[] args)
    {
        if (args.Length >= 2 && args[0] == "harness")
        {
            return args[1] switch
            {
                "catalog-generate" => CatalogGenerateHarness.Run(args[2..]),
                "sync" => Sync.SyncHarness.Run(args[2..]),
                "gate" => Gates.GateHarness.Run(args[2..]),
                "local-ingest" => Local.LocalIngestHarness.Run(args[2..]),
                "evaluation-local" => Evaluation.EvaluationLocalHarness.Run(args[2..]),
                _ => Unknown(args[1]),
            };
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
        return 0;
    }

    private static int Unknown(string name)
    {
        Console.Error.WriteLine($"unknown harness '{name}'. Known: catalog-generate, sync, gate, local-ingest, evaluation-local.");
        return 1;
    }
}
