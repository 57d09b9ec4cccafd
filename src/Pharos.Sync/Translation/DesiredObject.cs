using System.Text.Json.Nodes;
using Pharos.Catalog.Resolution;

using Pharos.Settings;

namespace Pharos.Sync.Translation;

/// <summary>
/// One Settings 2.0 object as the catalog wants it. <see cref="ExternalId"/> is its identity (see
/// <see cref="ExternalIds"/>); <see cref="Value"/> is the settings value with keys in canonical
/// (ordinal) order; <see cref="Source"/> is the catalog item it came from, for plans and errors.
/// </summary>
public sealed record DesiredObject(
    DesiredObjectKind Kind,
    string SchemaId,
    string SchemaVersion,
    string Scope,
    string ExternalId,
    JsonObject Value,
    Provenance Source,
    string Summary)
{
    /// <summary>The catalog service the object belongs to; null for objects shared by services (metric metadata).</summary>
    public string? Service { get; init; }

    /// <summary>The catalog environments (e.g. <c>prod</c>, <c>int-stable</c>) whose tenant needs the object.</summary>
    public IReadOnlyList<string> Environments { get; init; } = [];

    /// <summary>Properties that name another Pharos object by externalId until sync resolves them.</summary>
    public IReadOnlyList<ObjectReference> References { get; init; } = [];

    /// <summary>JSON pointers of values that are secrets (webhook URLs): never log or print them.</summary>
    public IReadOnlyList<string> SecretPaths { get; init; } = [];

    /// <summary>The value as canonical JSON: ordinal key order, no whitespace; equal text means equal values.</summary>
    public string ToCanonicalJson() => CanonicalJson.Write(Value);

    /// <summary>
    /// The canonical JSON with every value at <see cref="SecretPaths"/> replaced by
    /// <paramref name="secretMask"/>: what plans and logs may print.
    /// </summary>
    public string ToCanonicalJson(string secretMask)
    {
        var copy = Value.DeepClone().AsObject();
        foreach (var path in SecretPaths)
        {
            var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var parent = segments[..^1].Aggregate((JsonNode?)copy, (node, segment) => node?[segment]);
            if (parent is JsonObject obj && obj.ContainsKey(segments[^1]))
            {
                obj[segments[^1]] = secretMask;
            }
        }

        return CanonicalJson.Write(copy);
    }
}
