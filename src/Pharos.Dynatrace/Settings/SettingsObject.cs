using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pharos.Dynatrace.Settings;

/// <summary>
/// A settings object as listed or read by id. Which properties are set depends on the
/// <c>fields</c> asked for (list default: objectId and value). Fields this client does not model
/// are kept in <see cref="AdditionalProperties"/> so nothing is lost on a round trip.
/// </summary>
public sealed record SettingsObject
{
    public string? ObjectId { get; init; }

    public string? SchemaId { get; init; }

    public string? SchemaVersion { get; init; }

    public string? Scope { get; init; }

    public string? ExternalId { get; init; }

    public string? Summary { get; init; }

    public string? SearchSummary { get; init; }

    public long? Created { get; init; }

    public long? Modified { get; init; }

    public string? CreatedBy { get; init; }

    public string? ModifiedBy { get; init; }

    public string? Author { get; init; }

    public string? UpdateToken { get; init; }

    public SettingsIdentity? Owner { get; init; }

    public SettingsResourceContext? ResourceContext { get; init; }

    /// <summary>Deprecated by Dynatrace but still returned on lists when asked for.</summary>
    public SettingsModificationInfo? ModificationInfo { get; init; }

    public JsonElement? Value { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record SettingsIdentity
{
    public string? Id { get; init; }

    /// <summary><c>all-users</c>, <c>group</c> or <c>user</c>.</summary>
    public string? Type { get; init; }
}

public sealed record SettingsResourceContext
{
    /// <summary>Subset of <c>read</c>, <c>write</c>, <c>delete</c>.</summary>
    public IReadOnlyList<string> Operations { get; init => field = value ?? []; } = [];

    public JsonElement? Modifications { get; init; }
}

public sealed record SettingsModificationInfo
{
    public bool Deletable { get; init; }

    public bool Modifiable { get; init; }

    public bool Movable { get; init; }

    public bool? First { get; init; }

    public IReadOnlyList<string> ModifiablePaths { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> NonModifiablePaths { get; init => field = value ?? []; } = [];
}
