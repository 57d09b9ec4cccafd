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
    IReadOnlyList<ExistingSettingsValue> Siblings)
{
    /// <summary>
    /// The stored value of the object being updated or replaced (for rules such as
    /// <c>modificationPolicy: NEVER</c>); null for a new object.
    /// </summary>
    public JsonElement? PreviousValue { get; init; }

    /// <summary>
    /// objectId → schemaId for every string in <see cref="Value"/> that names an existing settings object
    /// (objects accepted earlier in the same request included), so <c>setting</c> references can be checked.
    /// A referenced id missing here does not exist. Null when the caller does not resolve references.
    /// </summary>
    public IReadOnlyDictionary<string, string>? ReferencedObjects { get; init; }
}

public sealed record ExistingSettingsValue(string ObjectId, JsonElement Value);
