using System.Text.Json;

namespace Pharos.Local.Settings;

/// <param name="ObjectId">The object being updated, or null for a new object.</param>
/// <param name="Siblings">
/// The other objects of the same schema on the same scope (the object being updated excluded), for
/// UNIQUE schema constraints; includes objects accepted earlier in the same request.
/// </param>
public sealed record SettingsValidationRequest(
    SettingsSchemaDescriptor Schema,
    string SchemaVersion,
    string Scope,
    JsonElement Value,
    string? ObjectId,
    IReadOnlyList<ExistingSettingsValue> Siblings);

public sealed record ExistingSettingsValue(string ObjectId, JsonElement Value);
