using System.Text.Json.Serialization;

namespace Pharos.Local.Events;

/// <summary>A <c>GET /events</c> query; also what its <c>nextPageKey</c> carries.</summary>
internal sealed record EventsListState(string Kind, string? EventSelector, string? EntitySelector, long From, long To, int PageSize, int Offset)
{
    public const string KeyKind = "events";
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;

    [JsonIgnore]
    public bool IsValid => Kind == KeyKind && PageSize is >= 1 and <= MaxPageSize && Offset >= 0;
}
