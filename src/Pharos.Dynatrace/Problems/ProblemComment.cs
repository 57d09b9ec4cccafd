namespace Pharos.Dynatrace.Problems;

public sealed record ProblemComment
{
    public string? Id { get; init; }

    public long CreatedAtTimestamp { get; init; }

    public string? AuthorName { get; init; }

    public string? Content { get; init; }

    public string? Context { get; init; }
}

public sealed record ProblemCommentList
{
    public IReadOnlyList<ProblemComment> Comments { get; init => field = value ?? []; } = [];

    public int TotalCount { get; init; }

    public int? PageSize { get; init; }

    public string? NextPageKey { get; init; }
}
