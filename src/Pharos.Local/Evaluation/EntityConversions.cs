using Pharos.Evaluation.Entities;
using Pharos.Local.Entities;
using EvaluationZone = Pharos.Evaluation.Entities.ManagementZoneRef;
using LocalZone = Pharos.Local.Entities.ManagementZoneRef;

namespace Pharos.Local.Evaluation;

/// <summary>
/// The evaluator's <see cref="EntityInfo"/> and the environment's <see cref="EntityRef"/> describe the same
/// entity snapshot; tags travel as their string representation (<c>[context]key:value</c>).
/// </summary>
internal static class EntityConversions
{
    public static EntityInfo ToInfo(EntityRef entity) => new(
        entity.Id,
        entity.Type,
        entity.Name,
        [.. entity.Tags.Select(t => t.StringRepresentation)],
        [.. entity.ManagementZones.Select(z => new EvaluationZone(z.Id, z.Name))]);

    public static EntityInfo ToInfo(LocalEntity entity) => ToInfo(EntityRef.Of(entity));

    public static EntityRef ToRef(EntityInfo entity) => new(
        entity.Id,
        entity.Type,
        entity.Name,
        [.. entity.Tags.Select(EntitySelectorBinder.ParseTag)],
        [.. entity.ManagementZones.Select(z => new LocalZone(z.Id, z.Name))]);
}
