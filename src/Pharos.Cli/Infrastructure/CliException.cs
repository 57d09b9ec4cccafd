namespace Pharos.Cli.Infrastructure;

/// <summary>An expected failure caused by the user's input or environment: printed without a stack trace.</summary>
public sealed class CliException(string message, int exitCode = ExitCodes.Error) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Invalid input, failed validation, or a --check that found differences.</summary>
    public const int Error = 1;

    /// <summary>Changes are pending (plan --detailed-exitcode).</summary>
    public const int ChangesPending = 2;
}
