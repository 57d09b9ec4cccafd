namespace Pharos.Dynatrace.Problems;

/// <summary>
/// <c>GET /problems</c>: API defaults are from now-2h, page size 50 (max 500).
/// <see cref="Fields"/> adds <c>evidenceDetails</c>, <c>impactAnalysis</c>, <c>recentComments</c>;
/// it is repeated on every page (the only parameter the API allows next to nextPageKey).
/// </summary>
public sealed record ProblemQuery
{
    /// <summary>E.g. <c>status("open"),severityLevel("ERROR")</c>.</summary>
    public string? ProblemSelector { get; init; }

    public string? EntitySelector { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public IReadOnlyList<string> Fields { get; init => field = value ?? []; } = [];

    /// <summary><c>+status</c>, <c>-startTime</c>, <c>relevance</c>, …</summary>
    public string? Sort { get; init; }

    public int? PageSize { get; init; }
}
