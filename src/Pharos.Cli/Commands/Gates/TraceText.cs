using System.Globalization;
using Pharos.Gates.Data;
using Pharos.Gates.Decisions;
using Pharos.Gates.Traceability;

namespace Pharos.Cli.Commands.Gates;

/// <summary>The terminal rendering of <c>pharos trace</c>.</summary>
internal static class TraceText
{
    public static void WriteProblem(TextWriter output, ProblemTrace trace, TimeSpan lookback, Uri environmentUrl)
    {
        var problem = trace.Problem;
        output.WriteLine($"{problem.DisplayId} {Describe(problem)}");
        if (ProblemLinks.For(environmentUrl, problem.ProblemId) is { } link)
        {
            output.WriteLine($"  link: {link}");
        }

        output.WriteLine(trace.Suspect is { } suspect
            ? $"suspect: {Deployment(suspect)}"
            : $"suspect: none: no deployment event on the problem's entities in the {Days(lookback)} before it started.");
        foreach (var entity in trace.Entities)
        {
            var role = entity.Role == EntityRole.RootCause ? "root cause" : "affected";
            output.WriteLine($"  {role,-11} {entity.Entity}: {(entity.LatestDeployment is { } d ? Deployment(d) : "no deployment before the problem")}");
        }
    }

    public static void WriteDeployments(TextWriter output, GateTarget target, TimeWindow window, IReadOnlyList<DeploymentWithProblems> deployments, Uri environmentUrl)
    {
        output.WriteLine($"{deployments.Count} {(deployments.Count == 1 ? "deployment" : "deployments")} of {target} since {Time(window.From)} (oldest first):");
        foreach (var (deployment, problems) in deployments)
        {
            output.WriteLine($"  {Deployment(deployment)}, on {deployment.Entities.Count} {(deployment.Entities.Count == 1 ? "entity" : "entities")}");
            if (problems.Count == 0)
            {
                output.WriteLine("      no problem followed");
            }

            foreach (var problem in problems)
            {
                output.WriteLine($"      {problem.DisplayId} {Describe(problem)} {ProblemLinks.For(environmentUrl, problem.ProblemId)}");
            }
        }
    }

    public static void WriteComment(TextWriter output, CommentOutcome comment) => output.WriteLine(comment.Status switch
    {
        CommentStatus.Added => $"comment: added to the problem{(comment.CommentId is { } id ? $" ({id})" : "")}",
        CommentStatus.Exists => "comment: the problem already has this comment; not added again",
        CommentStatus.NoSuspect => "comment: none added: there is no suspect deployment to name",
        _ => "comment: not added (see the error above)",
    });

    public static void WriteRequests(TextWriter output, IReadOnlyList<string> requests)
    {
        if (requests.Count == 0)
        {
            return;
        }

        output.WriteLine("requests:");
        for (var i = 0; i < requests.Count; i++)
        {
            output.WriteLine($"  [{i + 1}] {requests[i]}");
        }
    }

    /// <summary><c>1.4.2 (commit 3f2a…, https://…) at 2025-03-14T09:40:00Z</c>.</summary>
    public static string Deployment(Deployment deployment) => $"{deployment.Describe()} at {Time(deployment.Time)}";

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Describe(GateProblem problem)
    {
        var state = ProblemVocabulary.IsOpen(problem.Status) ? "OPEN" : "CLOSED";
        return $"{ProblemVocabulary.NormalizeSeverity(problem.SeverityLevel)} \"{problem.Title}\" ({state}, started {Time(problem.StartTime)})";
    }

    private static string Days(TimeSpan span) => span.TotalDays >= 1 && span.TotalDays == Math.Floor(span.TotalDays)
        ? $"{span.TotalDays.ToString(CultureInfo.InvariantCulture)} days"
        : $"{span.TotalHours.ToString("0.##", CultureInfo.InvariantCulture)} hours";
}
