using System.Collections.Frozen;
using Pharos.Settings;

namespace Pharos.Local.Settings.Schemas;

/// <summary>
/// Serves the real Settings 2.0 schemas shipped in Pharos.Settings: the list from their metadata and
/// <c>GET settings/schemas/{id}</c> as the schema document, verbatim. Only the shipped version of each
/// schema is known, so any other <c>schemaVersion</c> is unknown.
/// </summary>
internal sealed class RegistrySchemaProvider : ISettingsSchemaProvider
{
    private readonly SettingsSchemaRegistry _registry;
    private readonly IReadOnlyList<SettingsSchemaDescriptor> _descriptors;
    private readonly FrozenDictionary<string, SettingsSchemaDescriptor> _byId;

    public RegistrySchemaProvider(SettingsSchemaRegistry registry)
    {
        _registry = registry ?? throw new ArgumentNullException(nameof(registry));
        _descriptors = registry.Schemas.Select(Describe).ToList();
        _byId = _descriptors.ToFrozenDictionary(d => d.SchemaId, StringComparer.Ordinal);
    }

    public IReadOnlyList<SettingsSchemaDescriptor> ListSchemas() => _descriptors;

    public SettingsSchemaDescriptor? FindSchema(string schemaId) => _byId.GetValueOrDefault(schemaId ?? "");

    public string? GetSchemaJson(string schemaId, string? schemaVersion)
    {
        var descriptor = FindSchema(schemaId);
        if (descriptor is null || (schemaVersion is not null && !descriptor.HasVersion(schemaVersion)))
        {
            return null;
        }

        return _registry.TryGetSchemaJson(schemaId, out var json) ? json : null;
    }

    private static SettingsSchemaDescriptor Describe(SettingsSchema schema) => new()
    {
        SchemaId = schema.SchemaId,
        DisplayName = schema.DisplayName,
        LatestSchemaVersion = schema.Version,
        MultiObject = schema.MultiObject,
        Ordered = schema.Ordered,
        // Pharos.Settings already reports 1 for single-object schemas.
        MaxObjects = schema.MaxObjects,
        AllowedScopes = schema.AllowedScopes,
        Maturity = schema.Maturity ?? "GENERAL_AVAILABILITY",
        OwnerBasedAccessControl = schema.OwnerBasedAccessControl ?? false,
    };
}
