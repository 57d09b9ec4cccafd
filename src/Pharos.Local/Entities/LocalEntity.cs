namespace Pharos.Local.Entities;

/// <summary>A monitored entity of the local environment (service, process group, host, Kubernetes object…).</summary>
public sealed record LocalEntity(
    string EntityId,
    string Type,
    string DisplayName,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    IReadOnlyList<EntityTag> Tags,
    IReadOnlyList<ManagementZoneRef> ManagementZones,
    IReadOnlyDictionary<string, string> Properties);
