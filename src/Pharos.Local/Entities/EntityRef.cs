namespace Pharos.Local.Entities;

/// <summary>
/// A snapshot of an entity as events and problems remember it (id, type, name, tags and zones at the time),
/// so they still render after the entity changes.
/// </summary>
public sealed record EntityRef(string Id, string Type, string Name, IReadOnlyList<EntityTag> Tags, IReadOnlyList<ManagementZoneRef> ManagementZones)
{
    /// <summary>What an event without entitySelector is attached to (<c>dt.entity.environment</c>).</summary>
    public static EntityRef Environment { get; } = new("ENVIRONMENT-0000000000000001", "ENVIRONMENT", "environment", [], []);

    public static EntityRef Of(LocalEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new EntityRef(entity.EntityId, entity.Type, entity.DisplayName, entity.Tags, entity.ManagementZones);
    }
}
