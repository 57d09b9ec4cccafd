using System.Diagnostics;

namespace Pharos.Benchmarks.Evaluation;

/// <summary>One measured cycle: wall time, CPU time of the whole process (all threads) and bytes allocated.</summary>
internal readonly record struct CycleMeasure(TimeSpan Wall, TimeSpan Cpu, long AllocatedBytes)
{
    public static async Task<(CycleMeasure Measure, T Result)> RunAsync<T>(Func<Task<T>> action)
    {
        // Collect first so one cycle's garbage is not charged to the next.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var wall = Stopwatch.StartNew();
        var result = await action().ConfigureAwait(false);
        wall.Stop();
        var allocatedAfter = GC.GetTotalAllocatedBytes(precise: true);
        process.Refresh();
        return (new CycleMeasure(wall.Elapsed, process.TotalProcessorTime - cpu, allocatedAfter - allocated), result);
    }
}
