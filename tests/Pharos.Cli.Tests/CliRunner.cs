using Pharos.Cli.Infrastructure;

namespace Pharos.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output, from the repository root.</summary>
internal static class CliRunner
{
    public static string RepoRoot { get; } = FindRoot();

    public static async Task<(int ExitCode, string Output, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var io = new IOContext(output, error, IsTerminal: false, RepoRoot);
        var code = await PharosCli.InvokeAsync(args, io, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "pharos-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pharos.sln")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }
}
