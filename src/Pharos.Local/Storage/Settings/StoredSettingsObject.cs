namespace Pharos.Local.Storage.Settings;

/// <summary>A settings object as persisted. <see cref="Position"/> orders objects within schema and scope.</summary>
internal sealed record StoredSettingsObject(
    string ObjectId,
    string SchemaId,
    string SchemaVersion,
    string Scope,
    string? ExternalId,
    string ValueJson,
    string Summary,
    double Position,
    string UpdateToken,
    long CreatedMillis,
    long ModifiedMillis,
    string CreatedBy,
    string ModifiedBy);
