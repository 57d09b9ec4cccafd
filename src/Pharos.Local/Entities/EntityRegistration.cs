namespace Pharos.Local.Entities;

/// <summary>
/// Declares an entity. Without <see cref="EntityId"/> the id is derived from type and name, so
/// registering the same type and name again updates the same entity.
/// </summary>
public sealed record EntityRegistration(string Type, string DisplayName)
{
    public string? EntityId { get; init; }

    public IReadOnlyList<EntityTag> Tags { get; init; } = [];

    public IReadOnlyList<ManagementZoneRef> ManagementZones { get; init; } = [];

    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Outgoing relationships by Dynatrace relationship name, e.g. <c>isProcessOf</c> → the host of a process
    /// group instance; what <c>:parents</c> and <c>fromRelationships</c> in <c>GET /entities</c> show.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FromRelationships { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
