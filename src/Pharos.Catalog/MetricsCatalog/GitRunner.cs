using System.Diagnostics;
using System.Text;

namespace Pharos.Catalog.MetricsCatalog;

/// <summary>Runs the git CLI (there is no usable managed git library on our package mirror).</summary>
public sealed class GitRunner
{
    public sealed record Result(int ExitCode, byte[] Output, string Error)
    {
        public bool Succeeded => ExitCode == 0;

        public string OutputText => Encoding.UTF8.GetString(Output).Trim();
    }

    public async Task<Result> RunAsync(IReadOnlyList<string> arguments, string? workingDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Never wait for a credential prompt: a CI job would hang until its timeout.
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_ASKPASS"] = "";
        start.Environment["LC_ALL"] = "C";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("git did not start");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return new Result(-1, [], $"git is not installed or not on PATH ({ex.Message})");
        }

        using (process)
        {
            using var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output, cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await Task.WhenAll(copy, error, process.WaitForExitAsync(cancellationToken));
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            return new Result(process.ExitCode, output.ToArray(), (await error).Trim());
        }
    }
}
