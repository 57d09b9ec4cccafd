namespace Pharos.Local.Settings;

/// <summary>
/// The schemas the local environment serves. The Settings schema registry plugs in here; without one
/// the environment knows no schema and answers 404 for every settings write.
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
