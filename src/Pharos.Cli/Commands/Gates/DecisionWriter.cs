using System.Text;
using Pharos.Cli.Infrastructure;
using Pharos.Gates.Decisions;
using Pharos.Gates.Deployments;
using Pharos.Gates.Reporting;

namespace Pharos.Cli.Commands.Gates;

/// <summary>
/// Renders one decision everywhere it was asked for: stdout (text or JSON), the report files, and,
/// in GitHub Actions, workflow annotations on stderr (stdout stays parseable; the runner reads
/// workflow commands from both streams) plus the Markdown summary appended to
/// <c>$GITHUB_STEP_SUMMARY</c>. Returns the exit code: the decision's, or 4 when a report could not
/// be written (a pipeline that relies on the file must not go on without it).
/// </summary>
internal static class DecisionWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task<int> WriteAsync(Decision decision, GateReportArguments report, IOContext io, IEnvironmentReader environment, CancellationToken cancellationToken)
    {
        io.Output.Write(DecisionReports.Render(decision, report.Output == OutputFormat.Json ? ReportFormat.Json : ReportFormat.Text));
        try
        {
            await WriteFileAsync(report.JUnitPath, decision, ReportFormat.JUnit, cancellationToken);
            await WriteFileAsync(report.MarkdownPath, decision, ReportFormat.Markdown, cancellationToken);
            await WriteFileAsync(report.CodeQualityPath, decision, ReportFormat.GitLabCodeQuality, cancellationToken);
            if (IsGitHubActions(environment))
            {
                io.Error.Write(DecisionReports.Render(decision, ReportFormat.GitHubAnnotations));
                await GitHubStepSummary.AppendAsync(DecisionReports.Render(decision, ReportFormat.Markdown), environment, cancellationToken);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            io.Error.WriteLine($"error: could not write a report: {e.Message}");
            return GateExitCodes.Error;
        }

        return decision.ExitCode;
    }

    public static bool IsGitHubActions(IEnvironmentReader environment) =>
        string.Equals(environment.Get("GITHUB_ACTIONS")?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static async Task WriteFileAsync(string? path, Decision decision, ReportFormat format, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return;
        }

        if (Path.GetDirectoryName(path) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        await File.WriteAllTextAsync(path, DecisionReports.Render(decision, format), Utf8, cancellationToken);
    }
}
