namespace Pharos.Local.Settings;

/// <summary>
/// What the local environment needs to know about a Settings 2.0 schema to store its objects.
/// Field meanings follow <c>SchemaDefinitionRestDto</c>; <see cref="MaxObjects"/> is per scope.
/// </summary>
public sealed record SettingsSchemaDescriptor
{
    public required string SchemaId { get; init; }

    public required string DisplayName { get; init; }

    public required string LatestSchemaVersion { get; init; }

    /// <summary>Every version a client may name in <c>schemaVersion</c>; the latest is always accepted.</summary>
    public IReadOnlyList<string> Versions { get; init; } = [];

    public bool MultiObject { get; init; } = true;

    public bool Ordered { get; init; }

    public int MaxObjects { get; init; } = 1000;

    /// <summary>Scope kinds as in the schema: <c>environment</c>, <c>metric</c>, or entity types such as <c>HOST</c>.</summary>
    public IReadOnlyList<string> AllowedScopes { get; init; } = ["environment"];

    public string Maturity { get; init; } = "GENERAL_AVAILABILITY";

    public bool OwnerBasedAccessControl { get; init; }

    public bool HasVersion(string version) =>
        string.Equals(version, LatestSchemaVersion, StringComparison.Ordinal) || Versions.Contains(version, StringComparer.Ordinal);
}
