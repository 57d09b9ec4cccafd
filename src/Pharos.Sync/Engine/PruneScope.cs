using Pharos.Sync.Translation;

namespace Pharos.Sync.Engine;

/// <summary>
/// Which owned objects a run may delete when the catalog no longer has them. Always only objects
/// whose externalId starts with <c>pharos:&lt;catalog&gt;:</c>. When the run is limited to some
/// environments (one tenant per environment), only objects of those environments, plus objects
/// of no environment (metric metadata) that no environment of the catalog wants any more: an
/// object another environment still needs is never pruned.
/// </summary>
public sealed record PruneScope(string CatalogId)
{
    /// <summary>The externalId slugs of the environments the run covers; null = every environment.</summary>
    public IReadOnlySet<string>? EnvironmentSlugs { get; init; }

    /// <summary>externalIds the catalog wants in environments outside the run: kept even when not desired here.</summary>
    public IReadOnlySet<string> WantedElsewhere { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Services whose desired state could not be read this run (e.g. a ConfigMap with a typo after a
    /// controller restart): their objects are never pruned, whatever else is missing.
    /// </summary>
    public IReadOnlySet<string> ProtectedServices { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public bool Covers(string? externalId)
    {
        if (!ExternalIds.IsOwnedBy(externalId, CatalogId))
        {
            return false;
        }

        if (ProtectedServices.Count > 0 && ServiceOf(externalId!) is { } service && ProtectedServices.Any(p => ExternalIds.Slug(p) == service))
        {
            return false;
        }

        if (EnvironmentSlugs is null)
        {
            return true;
        }

        if (WantedElsewhere.Contains(externalId!))
        {
            return false;
        }

        return EnvironmentOf(externalId!) is not { } environment || EnvironmentSlugs.Contains(environment);
    }

    // pharos:<catalog>:<kind>:<service>:<environment>:<item>:<hash>; metric metadata has no service or
    // environment. No part contains ':' (slugs and catalog ids exclude it), so splitting is exact.
    internal static string? EnvironmentOf(string externalId)
    {
        var parts = externalId.Split(':');
        return parts.Length == 7 ? parts[4] : null;
    }

    internal static string? ServiceOf(string externalId)
    {
        var parts = externalId.Split(':');
        return parts.Length == 7 ? parts[3] : null;
    }
}
