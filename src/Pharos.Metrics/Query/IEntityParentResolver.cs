namespace Pharos.Metrics.Query;

/// <summary>
/// Parents of entities for <c>:parents</c>: a process group instance's host, a service method's service.
/// The server implements it over its entity registry; the query engine only adds <c>dt.entity.*</c> dimensions.
/// </summary>
public interface IEntityParentResolver
{
    /// <summary>Parent entity type by child entity type, in id spelling: <c>PROCESS_GROUP_INSTANCE</c> → <c>HOST</c>.</summary>
    IReadOnlyDictionary<string, string> ParentTypes { get; }

    /// <summary>The parent id of each given entity that has one registered; entities without one are left out.</summary>
    ValueTask<IReadOnlyDictionary<string, string>> GetParentsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken);
}
