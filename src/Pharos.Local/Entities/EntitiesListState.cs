using System.Text.Json.Serialization;

namespace Pharos.Local.Entities;

/// <summary>A <c>GET /entities</c> query; also what its <c>nextPageKey</c> carries.</summary>
internal sealed record EntitiesListState(string Kind, string Selector, long From, long To, IReadOnlyList<string> Fields, int PageSize, int Offset)
{
    public const string KeyKind = "entities";
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    [JsonIgnore]
    public bool IsValid =>
        Kind == KeyKind && Selector is not null && Fields is not null && Fields.All(EntityJson.OptionalFields.Contains)
        && PageSize is >= 1 and <= MaxPageSize && Offset >= 0;
}
