using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Pharos.Benchmarks.Harness;

/// <summary>Runs a child process and reports wall time; peak memory comes from getrusage(RUSAGE_CHILDREN).</summary>
internal static partial class ChildProcess
{
    public static TimeSpan Run(string file, IReadOnlyList<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        watch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {process.ExitCode}: {stderr.Result}{stdout.Result}");
        }

        return watch.Elapsed;
    }

    /// <summary>The largest resident set of any child waited for so far, in bytes (Linux ru_maxrss is KiB).</summary>
    public static long PeakChildResidentBytes()
    {
        var usage = new RUsage();
        return GetRUsage(RUsageChildren, ref usage) == 0 ? usage.MaxRss * 1024 : -1;
    }

    private const int RUsageChildren = -1;

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSec;
        public long UserUsec;
        public long SystemSec;
        public long SystemUsec;
        public long MaxRss;
        public long IxRss;
        public long IdRss;
        public long IsRss;
        public long MinFlt;
        public long MajFlt;
        public long NSwap;
        public long InBlock;
        public long OuBlock;
        public long MsgSnd;
        public long MsgRcv;
        public long NSignals;
        public long NvCsw;
        public long NivCsw;
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRUsage(int who, ref RUsage usage);
}
