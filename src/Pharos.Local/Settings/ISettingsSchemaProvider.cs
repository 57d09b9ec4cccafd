namespace Pharos.Local.Settings;

/// <summary>
/// The schemas the local environment serves. The default serves the real schemas embedded in
/// Pharos.Settings (<c>RegistrySchemaProvider</c>); a registered provider replaces them.
/// </summary>
public interface ISettingsSchemaProvider
{
    IReadOnlyList<SettingsSchemaDescriptor> ListSchemas();

    SettingsSchemaDescriptor? FindSchema(string schemaId);

    /// <summary>
    /// The <c>SchemaDefinitionRestDto</c> JSON served by <c>GET /settings/schemas/{schemaId}</c>;
    /// <paramref name="schemaVersion"/> null means latest. Null when the schema or version is unknown.
    /// </summary>
    string? GetSchemaJson(string schemaId, string? schemaVersion);
}
