namespace Pharos.Cli.Infrastructure;

/// <summary>Where a command writes; tests pass StringWriters, Program passes the console.</summary>
public sealed record IOContext(TextWriter Output, TextWriter Error, bool IsTerminal, string WorkingDirectory)
{
    public static IOContext FromConsole() =>
        new(Console.Out, Console.Error, !Console.IsErrorRedirected && !Console.IsOutputRedirected, Environment.CurrentDirectory);
}
