namespace Pharos.Evaluation.Entities;

/// <summary>
/// Entity facts the evaluator needs: names for event titles, tags and zones for alerting profiles and
/// maintenance windows, and topology for Davis merging. The local environment adapts its entity
/// registry; alert tests use <see cref="InMemoryEntityDirectory"/>.
/// </summary>
public interface IEntityDirectory
{
    /// <summary>The entity, or <see cref="EntityInfo.FromId"/> when it is unknown. Never null.</summary>
    EntityInfo Resolve(string entityId);

    /// <summary>Whether Davis would treat the two entities as topologically related (e.g. a process and its host).</summary>
    bool AreRelated(string entityId, string otherEntityId);

    IReadOnlyCollection<EntityInfo> All { get; }
}
