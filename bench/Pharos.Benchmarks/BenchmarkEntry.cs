using BenchmarkDotNet.Running;

namespace Pharos.Benchmarks;

/// <summary>
/// Dispatches to a timed harness when the first argument names one (e.g. <c>harness catalog-generate</c>),
/// otherwise to BenchmarkDotNet's switcher.
/// </summary>
internal static class BenchmarkEntry
{
    public static int Run(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
        return 0;
    }
}
