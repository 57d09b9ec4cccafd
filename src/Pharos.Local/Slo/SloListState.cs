using System.Text.Json.Serialization;

namespace Pharos.Local.Slo;

/// <summary>A <c>GET /slo</c> query; also what its <c>nextPageKey</c> carries (times resolved to milliseconds).</summary>
internal sealed record SloListState(
    string Kind, string? SloSelector, long From, long To, string Sort, string TimeFrame, bool Evaluate, string EnabledSlos, bool Demo, int PageSize, int Offset)
{
    public const string KeyKind = "slo";
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 10_000;
    public const int MaxEvaluatedPageSize = 25;
    public static IReadOnlyList<string> Sorts { get; } = ["name", "-name"];
    public static IReadOnlyList<string> TimeFrames { get; } = ["CURRENT", "GTF"];
    public static IReadOnlyList<string> EnabledChoices { get; } = ["all", "true", "false"];

    [JsonIgnore]
    public bool IsValid =>
        Kind == KeyKind && Sorts.Contains(Sort) && TimeFrames.Contains(TimeFrame) && EnabledChoices.Contains(EnabledSlos)
        && PageSize is >= 1 and <= MaxPageSize && (!Evaluate || PageSize <= MaxEvaluatedPageSize) && Offset >= 0 && From < To;

    [JsonIgnore]
    public SloTimeframeMode Mode => TimeFrame == "GTF" ? SloTimeframeMode.Global : SloTimeframeMode.Current;
}
