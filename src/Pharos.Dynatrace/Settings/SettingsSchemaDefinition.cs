using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pharos.Dynatrace.Settings;

/// <summary>
/// <c>GET /settings/schemas/{schemaId}</c>: the top-level facts typed, and the whole schema
/// (properties, types, enums, constraints…) in <see cref="Document"/> for the schema validator.
/// </summary>
public sealed record SettingsSchemaDefinition
{
    public string? SchemaId { get; init; }

    public string? Version { get; init; }

    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> AllowedScopes { get; init => field = value ?? []; } = [];

    public bool MultiObject { get; init; }

    public bool? Ordered { get; init; }

    public int? MaxObjects { get; init; }

    public string? KeyProperty { get; init; }

    public string? Maturity { get; init; }

    /// <summary>The schema exactly as served.</summary>
    [JsonIgnore]
    public JsonElement Document { get; init; }
}
