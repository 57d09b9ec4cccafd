namespace Pharos.Metrics.Query;

/// <summary>Display names for <c>:names</c>. Ids it does not know are shown by id.</summary>
public interface IEntityNameResolver
{
    ValueTask<IReadOnlyDictionary<string, string>> GetNamesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken);
}
