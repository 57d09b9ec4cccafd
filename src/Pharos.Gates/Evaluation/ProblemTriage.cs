using Pharos.Gates.Data;
using Pharos.Gates.Decisions;

namespace Pharos.Gates.Evaluation;

/// <summary>
/// Problems a gate must not count: duplicates (Dynatrace merged them into another problem) and
/// problems under a maintenance window. Closed problems are ignored only where the gate asks for
/// open ones.
/// </summary>
internal static class ProblemTriage
{
    /// <summary>The reason code to ignore the problem with, or null to count it.</summary>
    public static string? IgnoreReason(GateProblem problem, bool ignoreClosed)
    {
        if (problem.LinkedProblemId is not null)
        {
            return ReasonCodes.ProblemIgnoredDuplicate;
        }

        if (problem.UnderMaintenance)
        {
            return ReasonCodes.ProblemIgnoredMaintenance;
        }

        return ignoreClosed && !ProblemVocabulary.IsOpen(problem.Status) ? ReasonCodes.ProblemIgnoredClosed : null;
    }

    public static string IgnoreMessage(string reason, GateProblem problem) => reason switch
    {
        ReasonCodes.ProblemIgnoredDuplicate => $"{problem.DisplayId} is a duplicate of {problem.LinkedDisplayId ?? problem.LinkedProblemId}; the original counts instead.",
        ReasonCodes.ProblemIgnoredMaintenance => $"{problem.DisplayId} is under a maintenance window.",
        _ => $"{problem.DisplayId} is closed.",
    };

    public static Objective Ignored(string reason, GateProblem problem, ProblemRequest request, Uri? environmentUrl) => new()
    {
        Name = $"problem {problem.DisplayId}",
        Outcome = Outcome.Info,
        ReasonCode = reason,
        Value = Describe(problem),
        Threshold = "not counted",
        Message = IgnoreMessage(reason, problem),
        Requests = [request.Describe()],
        Link = ProblemLinks.For(environmentUrl, problem.ProblemId),
    };

    /// <summary><c>ERROR "Failure rate increase" (OPEN since 2025-01-01T10:00:00Z)</c>.</summary>
    public static string Describe(GateProblem problem)
    {
        var state = ProblemVocabulary.IsOpen(problem.Status) ? "OPEN" : "CLOSED";
        return $"{ProblemVocabulary.NormalizeSeverity(problem.SeverityLevel)} \"{problem.Title}\" ({state}, started {GateFormat.Time(problem.StartTime)})";
    }

    public static bool HasSeverity(GateProblem problem, IReadOnlyList<string> severities)
    {
        var severity = ProblemVocabulary.NormalizeSeverity(problem.SeverityLevel);
        return severities.Any(s => string.Equals(ProblemVocabulary.NormalizeSeverity(s), severity, StringComparison.Ordinal));
    }
}
