using System.Text.Json;
using System.Text.Json.Serialization;
using Pharos.Dynatrace.Common;

namespace Pharos.Dynatrace.Entities;

/// <summary>
/// A monitored entity from <c>GET /entities</c>. Only entityId, type and displayName come by
/// default; the rest when asked for in <c>fields</c> (e.g. <c>+tags,+properties</c>).
/// </summary>
public sealed record Entity
{
    public string? EntityId { get; init; }

    public string? Type { get; init; }

    public string? DisplayName { get; init; }

    public long? FirstSeenTms { get; init; }

    public long? LastSeenTms { get; init; }

    /// <summary>Type-specific properties, kept as JSON.</summary>
    public JsonElement? Properties { get; init; }

    public IReadOnlyList<EntityTag>? Tags { get; init; }

    public IReadOnlyList<ManagementZoneRef>? ManagementZones { get; init; }

    public JsonElement? FromRelationships { get; init; }

    public JsonElement? ToRelationships { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
