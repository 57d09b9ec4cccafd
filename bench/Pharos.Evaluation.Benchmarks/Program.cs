using BenchmarkDotNet.Running;

// CPU budget check:  dotnet run -c Release --project bench/Pharos.Evaluation.Benchmarks -- cpu
// BenchmarkDotNet:   dotnet run -c Release --project bench/Pharos.Evaluation.Benchmarks -- --filter '*'
if (args is ["cpu"])
{
    return Pharos.Evaluation.Benchmarks.CpuHarness.Run(Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(Pharos.Evaluation.Benchmarks.EvaluationCycleBenchmarks).Assembly).Run(args);
return 0;
