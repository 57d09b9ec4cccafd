using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Notifications;

namespace Pharos.Evaluation.Testing;

/// <summary>A problem opening or closing during a test run, at a minute of the run.</summary>
public sealed record FiredProblem(int Minute, bool Opens, string Title, string Severity, string EntityId, string EntityName, string DisplayId);

/// <summary>A notification delivered during a test run (minute with fraction: 4.5 = 4 min 30 s).</summary>
public sealed record FiredNotification(double Minute, string To, NotificationState State, int Attempt);

public enum DiffKind
{
    Matched,

    /// <summary>Found where expected, but a field (title, severity, entity, attempt) differs.</summary>
    Mismatched,

    /// <summary>Happened, but at another minute.</summary>
    Shifted,

    /// <summary>Expected, never happened.</summary>
    Missing,

    /// <summary>Happened, not expected.</summary>
    Unexpected,
}

/// <summary>One line of the comparison between what was expected and what fired.</summary>
/// <param name="Minute">Where the line belongs in time (expected minute, or the fired one for unexpected lines); rows are sorted by it.</param>
public sealed record ExpectationDiff(DiffKind Kind, string What, string Expected, string Actual, string Note, SourceLocation? Location, double Minute);

/// <summary>The outcome of one test case.</summary>
public sealed record AlertTestCaseResult(
    string File,
    string Name,
    SourceLocation Location,
    bool Passed,
    DateTimeOffset Start,
    int Minutes,
    IReadOnlyList<SeriesInput> Series,
    IReadOnlyList<FiredProblem> Problems,
    IReadOnlyList<FiredNotification> Notifications,
    IReadOnlyList<DeliveryLogEntry> DeliveryLog,
    IReadOnlyList<ExpectationDiff> Differences,
    IReadOnlyList<string> Errors,
    IReadOnlyList<ExpectedProblem>? ExpectedProblems);

/// <summary>
/// The outcome of <c>pharos test</c>: every case, the diagnostics that kept files or cases from running, and the
/// rendered report. <see cref="ExitCode"/>: 0 all passed, 1 a case failed or a diagnostic is an error.
/// </summary>
public sealed record AlertTestRunResult(IReadOnlyList<AlertTestCaseResult> Cases, IReadOnlyList<Diagnostic> Diagnostics, string Text)
{
    public int Passed => Cases.Count(c => c.Passed);

    public int Failed => Cases.Count(c => !c.Passed);

    public int ExitCode => Failed > 0 || Diagnostics.Any(d => d.IsError) ? 1 : 0;
}
