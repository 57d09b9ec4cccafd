namespace Pharos.Local.Settings;

/// <summary>Messages of the settings endpoints: what went wrong and how to fix it.</summary>
internal static class SettingsMessages
{
    public const string SettingsNotFound = "Settings not found";
    public const string BodyMustBeArray = "The request body must be a JSON array of settings objects, e.g. [{\"schemaId\":\"…\",\"scope\":\"environment\",\"value\":{…}}].";
    public const string BodyMustNotBeEmpty = "The request body must contain at least one settings object.";
    public const string ItemMustBeObject = "Must be a JSON object with schemaId, scope and value.";
    public const string MustNotBeBlank = "Must not be blank";
    public const string MustBeString = "Must be a string";
    public const string ValueMustBeObject = "Must be a JSON object holding the setting's properties";
    public const string ExternalIdTooLong = "Size must be between 1 and 500";
    public const string ObjectIdNeedsExternalId = "objectId is only applicable together with externalId. Remove objectId, or add the externalId to give the replaced object.";
    public const string StaleUpdateToken = "Conflicting resource: the object was modified after the updateToken was issued. Read the object again and retry with its current updateToken.";
    public const string BothInsertPositions = "Set at most one of insertAfter and insertBefore.";
    public const string PutBodyMustBeObject = "The request body must be a JSON object with value and optionally updateToken, schemaVersion, insertAfter or insertBefore.";
    public const string EitherSchemaIdsOrScopes = "Set schemaIds or scopes (or both) on the first page.";

    public static string SchemaNotFound(string schemaId) => $"Settings schema '{schemaId}' not found.";

    public static string SchemaVersionNotFound(string schemaId, string version, string latest) =>
        $"Schema version '{version}' of '{schemaId}' is unknown. Omit schemaVersion or use '{latest}'.";

    public static string ScopeNotAllowed(string scope, SettingsSchemaDescriptor schema) =>
        $"Scope '{scope}' is not allowed for schema '{schema.SchemaId}'. Allowed scopes: {string.Join(", ", schema.AllowedScopes)}.";

    public static string ScopeMalformed(string scope) =>
        $"Scope '{scope}' is not a valid scope. Use 'environment', an entity id such as 'HOST-D3A3C5A146830A79', or 'metric-<metric key>'.";

    public static string ExternalIdTaken(string externalId, string schemaId, string objectId) =>
        $"Conflicting resource: externalId '{externalId}' is already used by object '{objectId}' of schema '{schemaId}'. " +
        "Send that objectId with the externalId to replace the object, or choose another externalId.";

    public static string MaxObjectsReached(SettingsSchemaDescriptor schema, string scope) =>
        $"The maximum number of objects ({schema.MaxObjects}) for schema '{schema.SchemaId}' on scope '{scope}' is reached. Delete objects before adding new ones.";

    public static string NeighborNotFound(string neighbor, string schemaId) =>
        $"Neighbor with key '{neighbor}' not found for '{schemaId}'";
}
