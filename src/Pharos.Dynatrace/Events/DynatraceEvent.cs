using System.Text.Json;
using System.Text.Json.Serialization;
using Pharos.Dynatrace.Common;

namespace Pharos.Dynatrace.Events;

/// <summary>An event from <c>GET /events</c>. <see cref="EndTime"/> is null while the event is open.</summary>
public sealed record DynatraceEvent
{
    public string? EventId { get; init; }

    public string? CorrelationId { get; init; }

    public string? EventType { get; init; }

    public string? Title { get; init; }

    public long? StartTime { get; init; }

    public long? EndTime { get; init; }

    /// <summary><c>OPEN</c> or <c>CLOSED</c>.</summary>
    public string? Status { get; init; }

    public EntityStub? EntityId { get; init; }

    public IReadOnlyList<EntityTag> EntityTags { get; init => field = value ?? []; } = [];

    public IReadOnlyList<ManagementZoneRef> ManagementZones { get; init => field = value ?? []; } = [];

    /// <summary>A list of key/value pairs in the answer, unlike the ingest map.</summary>
    public IReadOnlyList<EventProperty> Properties { get; init => field = value ?? []; } = [];

    public bool? UnderMaintenance { get; init; }

    public bool? SuppressAlert { get; init; }

    public bool? SuppressProblem { get; init; }

    public bool? FrequentEvent { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record EventProperty
{
    public string? Key { get; init; }

    public string? Value { get; init; }
}
