namespace Pharos.Gates.Reporting;

public enum ReportFormat
{
    /// <summary>For people reading a terminal or a CI log.</summary>
    Text,

    /// <summary><c>--output json</c>: the whole decision, schema version 1.</summary>
    Json,

    /// <summary>JUnit XML, one test case per objective (GitLab and most CI systems show it).</summary>
    JUnit,

    /// <summary>A Markdown summary, e.g. for <c>$GITHUB_STEP_SUMMARY</c> or a merge-request note.</summary>
    Markdown,

    /// <summary>GitHub Actions <c>::error</c>/<c>::warning</c> workflow commands.</summary>
    GitHubAnnotations,

    /// <summary>A GitLab code-quality report (<c>artifacts:reports:codequality</c>).</summary>
    GitLabCodeQuality,
}

/// <summary>
/// <see cref="CodeQualityPath"/> is the file GitLab attaches code-quality findings to; a gate has no
/// source line, so by default they attach to the pipeline definition.
/// </summary>
public sealed record ReportOptions
{
    public string CodeQualityPath { get; init; } = ".gitlab-ci.yml";
}

public static class DecisionReports
{
    public static string Render(Pharos.Gates.Decisions.Decision decision, ReportFormat format, ReportOptions? options = null) => format switch
    {
        ReportFormat.Text => TextReport.Render(decision),
        ReportFormat.Json => JsonReport.Render(decision),
        ReportFormat.JUnit => JUnitReport.Render(decision),
        ReportFormat.Markdown => MarkdownReport.Render(decision),
        ReportFormat.GitHubAnnotations => GitHubAnnotations.Render(decision),
        ReportFormat.GitLabCodeQuality => GitLabCodeQuality.Render(decision, (options ?? new ReportOptions()).CodeQualityPath),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
