using System.Text.Json.Serialization;

namespace Pharos.Local.Problems;

/// <summary>A <c>GET /problems</c> query; also what its <c>nextPageKey</c> carries.</summary>
internal sealed record ProblemsListState(
    string Kind, string? ProblemSelector, string? EntitySelector, long From, long To, IReadOnlyList<string> Fields, string Sort, int PageSize, int Offset)
{
    public const string KeyKind = "problems";
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
    public static IReadOnlyList<string> Sorts { get; } = ["-startTime", "+startTime", "-status", "+status"];

    [JsonIgnore]
    public bool IsValid =>
        Kind == KeyKind && Fields is not null && Fields.All(ProblemJson.OptionalFields.Contains) && Sorts.Contains(Sort)
        && PageSize is >= 1 and <= MaxPageSize && Offset >= 0;
}
