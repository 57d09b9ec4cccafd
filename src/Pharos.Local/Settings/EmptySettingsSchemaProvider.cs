namespace Pharos.Local.Settings;

/// <summary>The default until a schema registry is plugged in: no schemas.</summary>
internal sealed class EmptySettingsSchemaProvider : ISettingsSchemaProvider
{
    public IReadOnlyList<SettingsSchemaDescriptor> ListSchemas() => [];

    public SettingsSchemaDescriptor? FindSchema(string schemaId) => null;

    public string? GetSchemaJson(string schemaId, string? schemaVersion) => null;
}
