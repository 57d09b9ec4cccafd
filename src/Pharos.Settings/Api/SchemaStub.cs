using System.Text.Json.Serialization;

namespace Pharos.Settings;

/// <summary>One item of <c>GET /api/v2/settings/schemas</c>; members not asked for via <c>fields</c> stay null and are omitted.</summary>
public sealed record SchemaStub
{
    [JsonPropertyName("schemaId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SchemaId { get; init; }

    [JsonPropertyName("latestSchemaVersion")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LatestSchemaVersion { get; init; }

    [JsonPropertyName("displayName")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DisplayName { get; init; }

    [JsonPropertyName("maturity")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Maturity { get; init; }

    [JsonPropertyName("multiObject")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? MultiObject { get; init; }

    [JsonPropertyName("ordered")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Ordered { get; init; }

    [JsonPropertyName("ownerBasedAccessControl")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? OwnerBasedAccessControl { get; init; }
}
