using System.Text.Json.Serialization;
using Pharos.Dynatrace.Common;

namespace Pharos.Dynatrace.Problems;

/// <summary><c>Problems</c>.</summary>
internal sealed record ProblemsPage : IPage<Problem>
{
    public IReadOnlyList<Problem> Problems { get; init => field = value ?? []; } = [];

    public int TotalCount { get; init; }

    public int? PageSize { get; init; }

    public string? NextPageKey { get; init; }

    [JsonIgnore]
    public IReadOnlyList<Problem> PageItems => Problems;
}

/// <summary><c>ProblemCloseRequestDtoImpl</c>.</summary>
internal sealed record ProblemCloseRequest(string Message);
