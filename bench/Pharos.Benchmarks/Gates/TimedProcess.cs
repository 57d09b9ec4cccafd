using System.Diagnostics;

namespace Pharos.Benchmarks.Gates;

/// <summary>Runs a child process to completion and returns its wall time; the exit code must be the expected one.</summary>
internal static class TimedProcess
{
    public static TimeSpan Run(string file, IReadOnlyList<string> arguments, int expectedExitCode = 0, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        watch.Stop();
        if (process.ExitCode != expectedExitCode)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {process.ExitCode}, expected {expectedExitCode}: {stderr.Result}{stdout.Result}");
        }

        return watch.Elapsed;
    }
}
