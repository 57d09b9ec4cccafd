using System.Text.Json.Serialization;
using Pharos.Local.Settings.Filter;

namespace Pharos.Local.Settings;

/// <summary>
/// A list query of <c>GET /settings/objects</c>; also what a <c>nextPageKey</c> carries. The filter and sort
/// travel as their text and are parsed again on every page, so a key cannot smuggle in an expression the
/// first page would have refused.
/// </summary>
internal sealed record SettingsListState(
    string Kind,
    IReadOnlyList<string> SchemaIds,
    IReadOnlyList<string> Scopes,
    IReadOnlyList<string> ExternalIds,
    IReadOnlyList<string> Fields,
    int PageSize,
    int Offset,
    string? Filter = null,
    string? Sort = null)
{
    public const string KeyKind = "settings.objects";
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;

    [JsonIgnore]
    public bool IsValid =>
        Kind == KeyKind && SchemaIds is not null && Scopes is not null && ExternalIds is not null && Fields is not null
        && PageSize is >= 1 and <= MaxPageSize && Offset >= 0 && Fields.All(SettingsObjectJson.ListFields.Contains)
        && SettingsListQuery.Parse(Filter, Sort, Fields).Query is not null;
}
