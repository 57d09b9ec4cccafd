using Pharos.Dynatrace.Common;

namespace Pharos.Dynatrace.Problems;

public sealed record ProblemComment
{
    public string? Id { get; init; }

    public long CreatedAtTimestamp { get; init; }

    public string? AuthorName { get; init; }

    public string? Content { get; init; }

    public string? Context { get; init; }
}

/// <summary><c>CommentsList</c>: a page of <c>GET /problems/{id}/comments</c>, and a problem's <c>recentComments</c>.</summary>
public sealed record ProblemCommentList : IPage<ProblemComment>
{
    public IReadOnlyList<ProblemComment> Comments { get; init => field = value ?? []; } = [];

    public int TotalCount { get; init; }

    public int? PageSize { get; init; }

    public string? NextPageKey { get; init; }

    IReadOnlyList<ProblemComment> IPage<ProblemComment>.PageItems => Comments;
}
