using Pharos.Core.Diagnostics;
using Pharos.Gates.Data;
using Pharos.Gates.Diagnostics;

namespace Pharos.Gates.Traceability;

public enum CommentStatus
{
    /// <summary>The comment was added.</summary>
    Added,

    /// <summary>The problem already has this exact comment; nothing was added.</summary>
    Exists,

    /// <summary>No suspect deployment, so nothing to say.</summary>
    NoSuspect,

    /// <summary>The environment could not list or add comments (see the diagnostic).</summary>
    Failed,
}

/// <summary>What <c>--comment</c> did: the status, the text, the new comment's id and the requests it made.</summary>
public sealed record CommentOutcome(CommentStatus Status, string? Content, string? CommentId, IReadOnlyList<string> Requests, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Comments the suspect deployment onto the problem at most once: it lists the problem's comments
/// first and adds its text only when no comment has exactly that text. (Two runs at the same moment
/// could both add it; a pipeline comments once per problem, so that race is accepted.)
/// </summary>
public static class ProblemCommenter
{
    public static async Task<CommentOutcome> CommentAsync(IProblemComments comments, ProblemTrace trace, CancellationToken cancellationToken)
    {
        var content = DeploymentComment.For(trace);
        if (content is null)
        {
            return new CommentOutcome(CommentStatus.NoSuspect, null, null, [], []);
        }

        var problemId = trace.Problem.ProblemId;
        var path = $"/api/v2/problems/{problemId}/comments";
        var requests = new List<string> { $"GET {path}" };
        try
        {
            var existing = await comments.ListAsync(problemId, cancellationToken).ConfigureAwait(false);
            if (existing.Any(c => string.Equals(Normalize(c), Normalize(content), StringComparison.Ordinal)))
            {
                return new CommentOutcome(CommentStatus.Exists, content, null, requests, []);
            }

            requests.Add($"POST {path}");
            var id = await comments.AddAsync(problemId, content, DeploymentComment.Context, cancellationToken).ConfigureAwait(false);
            return new CommentOutcome(CommentStatus.Added, content, id, requests, []);
        }
        catch (GateDataException e)
        {
            return new CommentOutcome(CommentStatus.Failed, content, null, requests, [GateDiagnostics.CommentFailed(trace.Problem.DisplayId, e.Message)]);
        }
    }

    // Dynatrace may store line breaks as \r\n; the text is the same comment either way.
    private static string Normalize(string text) => text.ReplaceLineEndings("\n").Trim();
}
