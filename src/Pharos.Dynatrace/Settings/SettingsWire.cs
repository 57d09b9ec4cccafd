using System.Text.Json;
using System.Text.Json.Serialization;
using Pharos.Dynatrace.Common;
using Pharos.Dynatrace.Errors;

namespace Pharos.Dynatrace.Settings;

/// <summary><c>ObjectsList</c>.</summary>
internal sealed record SettingsObjectsPage : IPage<SettingsObject>
{
    public IReadOnlyList<SettingsObject> Items { get; init => field = value ?? []; } = [];

    public int TotalCount { get; init; }

    public int PageSize { get; init; }

    public string? NextPageKey { get; init; }

    [JsonIgnore]
    public IReadOnlyList<SettingsObject> PageItems => Items;
}

/// <summary><c>SchemaList</c> (not paged).</summary>
internal sealed record SettingsSchemaList
{
    public IReadOnlyList<SettingsSchemaStub> Items { get; init => field = value ?? []; } = [];

    public int TotalCount { get; init; }
}

/// <summary><c>SettingsObjectResponse</c>: one element of the POST answer, or the PUT/DELETE answer.</summary>
internal sealed record SettingsObjectResponse
{
    public int Code { get; init; }

    public string? ObjectId { get; init; }

    public ApiError? Error { get; init; }

    public JsonElement? InvalidValue { get; init; }
}
