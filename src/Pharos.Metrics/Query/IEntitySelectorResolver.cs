namespace Pharos.Metrics.Query;

/// <summary>
/// Resolves an entity selector (<c>type("HOST"),tag("x")</c>) to entity ids, for the
/// <c>entitySelector</c> parameter and <c>:filter(in("dim",entitySelector("…")))</c>. The server
/// implements it over its entity registry; the query engine only filters <c>dt.entity.*</c> dimensions.
/// </summary>
public interface IEntitySelectorResolver
{
    ValueTask<EntitySelectorResolution> ResolveAsync(string entitySelector, CancellationToken cancellationToken);
}

/// <summary>The ids a selector matched, or why the selector is invalid (reported as a 400).</summary>
public sealed record EntitySelectorResolution(IReadOnlySet<string> EntityIds, string? Error)
{
    public bool IsValid => Error is null;

    public static EntitySelectorResolution Matched(IEnumerable<string> entityIds) =>
        new(entityIds.ToHashSet(StringComparer.Ordinal), null);

    public static EntitySelectorResolution Invalid(string error) => new(new HashSet<string>(), error);
}
