using Pharos.Settings.Model;

namespace Pharos.Settings;

/// <summary>
/// A loaded Settings 2.0 schema. The public members are the metadata the API exposes; the property
/// model used by validation, normalisation and summaries is internal.
/// </summary>
public sealed class SettingsSchema
{
    internal SettingsSchema(string schemaId, string version, string displayName, ComplexType root)
    {
        SchemaId = schemaId;
        Version = version;
        DisplayName = displayName;
        Root = root;
    }

    public string SchemaId { get; }
    public string Version { get; }
    public string DisplayName { get; }
    public string? Description { get; init; }
    public IReadOnlyList<string> AllowedScopes { get; init; } = [];
    public bool MultiObject { get; init; }
    public bool Ordered { get; init; }

    /// <summary>Objects allowed per scope (1 for single-object schemas).</summary>
    public int MaxObjects { get; init; }
    public string? KeyProperty { get; init; }
    public string? Maturity { get; init; }
    public bool? OwnerBasedAccessControl { get; init; }

    /// <summary>The root <c>summaryPattern</c>, when the schema has one (none of the shipped ones do).</summary>
    public string? SummaryPattern { get; init; }

    /// <summary>The schema document exactly as shipped, for <c>GET /api/v2/settings/schemas/{id}</c>.</summary>
    public string Json { get; init; } = "{}";

    internal ComplexType Root { get; }
    internal IReadOnlyDictionary<string, ComplexType> Types { get; init; } = new Dictionary<string, ComplexType>();
    internal IReadOnlyDictionary<string, SchemaEnum> Enums { get; init; } = new Dictionary<string, SchemaEnum>();
    internal IReadOnlyList<SchemaConstraint> SchemaConstraints { get; init; } = [];

    /// <summary>The complex type a property (or item) of <paramref name="type"/> refers to, if any.</summary>
    internal ComplexType? ResolveComplex(PropertyType type) =>
        type.Kind == PropertyTypeKind.Complex && Types.TryGetValue(type.Name, out var complex) ? complex : null;

    internal SchemaEnum? ResolveEnum(PropertyType type) =>
        type.Kind == PropertyTypeKind.Enum && Enums.TryGetValue(type.Name, out var values) ? values : null;
}
