namespace Pharos.Settings;

/// <summary>A schema document to load: <paramref name="Name"/> is used in diagnostics (file or resource name).</summary>
public sealed record SchemaDocument(string Name, string Json);
