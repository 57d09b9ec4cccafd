using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Pharos.Metrics.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Pharos.Metrics.Benchmarks.LineProtocolBenchmarks).Assembly).Run(args);
