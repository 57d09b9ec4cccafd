using Pharos.Core.Diagnostics;

namespace Pharos.Sync.Translation;

/// <summary>
/// What the translation needs besides the catalog. <see cref="CatalogId"/> scopes every externalId
/// (and therefore what sync may prune). <see cref="TeamsWebhookUrls"/> maps a Teams channel as the
/// catalog writes it (<c>#team-payment-processor</c>) to its webhook URL: the URLs are secrets, so
/// they live outside the catalog, in the secret store sync reads.
/// </summary>
public sealed record TranslationOptions(string CatalogId)
{
    public IReadOnlyDictionary<string, string> TeamsWebhookUrls { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Where each service is defined (services.yaml), for the provenance of its management zone.</summary>
    public IReadOnlyDictionary<string, SourceLocation> ServiceLocations { get; init; } = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
}
