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

    /// <summary>
    /// The entities Davis would treat as topologically related to <paramref name="entityId"/> (e.g. a process and its
    /// host), itself excluded; the relation is symmetric. A set rather than a pairwise test, so the problem tracker
    /// looks up candidate problems by entity instead of testing every open problem (alert storms).
    /// </summary>
    IReadOnlyCollection<string> RelatedTo(string entityId);

    IReadOnlyCollection<EntityInfo> All { get; }
}
