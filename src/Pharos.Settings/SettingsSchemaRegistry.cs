using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Pharos.Core.Diagnostics;
using Pharos.Settings.Loading;

namespace Pharos.Settings;

/// <summary>
/// The Settings 2.0 schemas Pharos knows: by default the real schemas embedded in this assembly.
/// Immutable once built; create one per process (or per test) and share it.
/// </summary>
public sealed class SettingsSchemaRegistry
{
    private const string ResourcePrefix = "Pharos.Settings.Schemas.";
    private static readonly string[] DefaultListFields = ["schemaId", "displayName", "latestSchemaVersion"];

    private readonly FrozenDictionary<string, SettingsSchema> _byId;

    private SettingsSchemaRegistry(List<SettingsSchema> schemas, IReadOnlyList<Diagnostic> diagnostics)
    {
        schemas.Sort((a, b) => string.CompareOrdinal(a.SchemaId, b.SchemaId));
        Schemas = schemas;
        Diagnostics = diagnostics;
        _byId = schemas.ToFrozenDictionary(s => s.SchemaId, StringComparer.Ordinal);
    }

    /// <summary>All loaded schemas, ordered by schemaId.</summary>
    public IReadOnlyList<SettingsSchema> Schemas { get; }

    /// <summary>Problems found while loading (SET1xx); empty for the embedded schemas.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Loads the schemas shipped as embedded resources (<c>Schemas/*.schema.json</c>).</summary>
    public static SettingsSchemaRegistry LoadEmbedded()
    {
        var assembly = typeof(SettingsSchemaRegistry).Assembly;
        var documents = new List<SchemaDocument>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name);
            if (stream is null)
            {
                continue;
            }

            using var reader = new StreamReader(stream);
            documents.Add(new SchemaDocument(name[ResourcePrefix.Length..], reader.ReadToEnd()));
        }

        return FromDocuments(documents);
    }

    /// <summary>Builds a registry from schema documents; never throws, problems land in <see cref="Diagnostics"/>.</summary>
    public static SettingsSchemaRegistry FromDocuments(IEnumerable<SchemaDocument> documents)
    {
        var bag = new DiagnosticBag();
        var schemas = new List<SettingsSchema>();
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var schema = SchemaParser.Parse(document.Name, document.Json, bag);
            if (schema is null)
            {
                continue;
            }

            if (sources.TryGetValue(schema.SchemaId, out var first))
            {
                bag.Add(SchemaLoadDiagnostics.DuplicateSchemaId(document.Name, schema.SchemaId, first));
                continue;
            }

            sources[schema.SchemaId] = document.Name;
            schemas.Add(schema);
        }

        return new SettingsSchemaRegistry(schemas, bag.ToSortedList());
    }

    public bool TryGetSchema(string schemaId, [NotNullWhen(true)] out SettingsSchema? schema) =>
        _byId.TryGetValue(schemaId, out schema);

    /// <summary>The schema document for <c>GET /api/v2/settings/schemas/{schemaId}</c>, exactly as shipped.</summary>
    public bool TryGetSchemaJson(string schemaId, [NotNullWhen(true)] out string? json)
    {
        json = _byId.TryGetValue(schemaId, out var schema) ? schema.Json : null;
        return json is not null;
    }

    /// <summary>
    /// The body of <c>GET /api/v2/settings/schemas</c>. <paramref name="fields"/> mirrors the query
    /// parameter (default <c>schemaId,displayName,latestSchemaVersion</c>); unknown names are ignored.
    /// </summary>
    public SchemaList GetSchemaList(IEnumerable<string>? fields = null)
    {
        var wanted = (fields ?? DefaultListFields).Select(f => f.Trim()).ToHashSet(StringComparer.Ordinal);
        var items = Schemas.Select(s => new SchemaStub
        {
            SchemaId = wanted.Contains("schemaId") ? s.SchemaId : null,
            LatestSchemaVersion = wanted.Contains("latestSchemaVersion") ? s.Version : null,
            DisplayName = wanted.Contains("displayName") ? s.DisplayName : null,
            Maturity = wanted.Contains("maturity") ? s.Maturity ?? "GENERAL_AVAILABILITY" : null,
            MultiObject = wanted.Contains("multiObject") ? s.MultiObject : null,
            Ordered = wanted.Contains("ordered") ? s.Ordered : null,
            OwnerBasedAccessControl = wanted.Contains("ownerBasedAccessControl") ? s.OwnerBasedAccessControl ?? false : null,
        }).ToList();
        return new SchemaList(items, items.Count);
    }
}
