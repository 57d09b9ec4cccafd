using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Pharos.Sync.Translation;

/// <summary>
/// The identity of every object Pharos owns (docs/dynatrace-mapping.md, "Identity"):
/// <c>pharos:&lt;catalog&gt;:&lt;kind&gt;:&lt;service&gt;:&lt;environment&gt;:&lt;item&gt;:&lt;hash&gt;</c>.
/// It depends only on the catalog id, service, environment, kind and item name, never on titles
/// or descriptions, so unrelated edits never recreate an object. The readable parts are slugs
/// (characters outside [A-Za-z0-9._-] become '_', at most 60 characters each); the hash (16 hex
/// digits of SHA-256 over the exact, unabridged parts) keeps two items apart even when their slugs
/// coincide. Every id is ASCII, has no comma or whitespace (the API's <c>externalIds</c> filter is
/// comma-separated) and is far below the API's 500-character limit.
/// </summary>
public static partial class ExternalIds
{
    public const string Prefix = "pharos:";
    public const int MaxLength = 500;
    private const int MaxSlugLength = 60;
    private const int HashHexDigits = 16;

    /// <summary>A catalog id: lower-case letters, digits and inner '-', 1 to 40 characters.</summary>
    public static bool IsValidCatalogId(string? catalogId) => catalogId is not null && CatalogIdShape().IsMatch(catalogId);

    /// <summary>True when <paramref name="externalId"/> marks an object some Pharos catalog owns.</summary>
    public static bool IsPharosOwned(string? externalId) =>
        externalId is not null && externalId.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>True when the object belongs to <paramref name="catalogId"/>; sync prunes only such objects.</summary>
    public static bool IsOwnedBy(string? externalId, string catalogId) =>
        externalId is not null && externalId.StartsWith(OwnerPrefix(catalogId), StringComparison.Ordinal);

    /// <summary>The prefix every externalId of <paramref name="catalogId"/> starts with.</summary>
    public static string OwnerPrefix(string catalogId) => $"{Prefix}{catalogId}:";

    /// <summary>
    /// The externalId of one object. <paramref name="service"/> and <paramref name="environment"/>
    /// are empty for objects that belong to no single service (metric metadata).
    /// </summary>
    public static string For(string catalogId, DesiredObjectKind kind, string service, string environment, string item)
    {
        var kindName = SettingsSchemas.KindName(kind);
        var hash = Hash(catalogId, service, environment, kindName, item);
        var parts = new List<string> { catalogId, kindName };
        if (service.Length > 0 || environment.Length > 0)
        {
            parts.Add(Slug(service));
            parts.Add(Slug(environment));
        }

        parts.Add(Slug(item));
        parts.Add(hash);
        return Prefix + string.Join(':', parts);
    }

    /// <summary>The readable form of a name in an id: [A-Za-z0-9._-] kept, anything else '_'.</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxSlugLength));
        foreach (var c in text)
        {
            if (builder.Length == MaxSlugLength)
            {
                break;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_');
        }

        return builder.Length == 0 ? "_" : builder.ToString();
    }

    /// <summary>The 16-hex-digit hash of the parts; each part is length-prefixed so ("a:b","c") ≠ ("a","b:c").</summary>
    internal static string Hash(params string[] parts)
    {
        var text = new StringBuilder("pharos-v1");
        foreach (var part in parts)
        {
            text.Append('\n').Append(part.Length).Append(':').Append(part);
        }

        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexStringLower(digest)[..HashHexDigits];
    }

    [GeneratedRegex(@"\A[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?\z", RegexOptions.CultureInvariant, 250)]
    private static partial Regex CatalogIdShape();
}
