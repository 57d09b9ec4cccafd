using System.CommandLine;
using Pharos.Cli.Infrastructure;

namespace Pharos.Cli.Commands.Gates;

/// <summary>Where a decision goes besides the exit code: stdout (text or JSON) and report files.</summary>
public sealed record GateReportArguments(OutputFormat Output, string? JUnitPath, string? MarkdownPath, string? CodeQualityPath, bool WarningsPass);

/// <summary><c>--output</c>, <c>--junit</c>, <c>--markdown</c>, <c>--codequality</c> and <c>--warnings-pass</c>.</summary>
internal sealed class GateReportOptions
{
    public Option<string?> Output { get; } = new("--output", "-o")
    {
        Description = "stdout format: text (default) or json.",
    };

    public Option<FileInfo?> JUnit { get; } = new("--junit")
    {
        Description = "Also write a JUnit XML report (a test case per objective) to this file.",
    };

    public Option<FileInfo?> Markdown { get; } = new("--markdown")
    {
        Description = "Also write the Markdown summary to this file (in GitHub Actions it is appended to $GITHUB_STEP_SUMMARY anyway).",
    };

    public Option<FileInfo?> CodeQuality { get; } = new("--codequality")
    {
        Description = "Also write a GitLab code-quality report (artifacts:reports:codequality) to this file.",
    };

    public Option<bool> WarningsPass { get; } = new("--warnings-pass")
    {
        Description = "Exit 0 instead of 2 on WARN and DEGRADED.",
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Output, JUnit, Markdown, CodeQuality, WarningsPass })
        {
            command.Options.Add(option);
        }
    }

    public GateReportArguments Read(ParseResult parse, IOContext io) => new(
        GateInput.Output(parse.GetValue(Output)),
        FullPath(parse.GetValue(JUnit), io),
        FullPath(parse.GetValue(Markdown), io),
        FullPath(parse.GetValue(CodeQuality), io),
        parse.GetValue(WarningsPass));

    private static string? FullPath(FileInfo? file, IOContext io) => file is null ? null : CatalogInputOptions.FullPath(file, io);
}
