using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Pharos.Benchmarks -- --filter '*'` runs every benchmark;
// timed harnesses (whole-command scenarios) register themselves in HarnessRegistry.
return Pharos.Benchmarks.BenchmarkEntry.Run(args);
