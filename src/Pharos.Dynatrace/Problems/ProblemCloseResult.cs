namespace Pharos.Dynatrace.Problems;

/// <summary>The 200 answer of <c>POST /problems/{problemId}/close</c>.</summary>
public sealed record ProblemCloseResult
{
    public string? ProblemId { get; init; }

    public bool Closing { get; init; }

    public long CloseTimestamp { get; init; }

    public ProblemComment? Comment { get; init; }
}
