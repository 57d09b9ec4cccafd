namespace Pharos.Dynatrace.Settings;

/// <summary>
/// One entry of <c>GET /settings/schemas</c>. The API returns schemaId, displayName and
/// latestSchemaVersion by default; the other properties only when asked for in <c>fields</c>.
/// </summary>
public sealed record SettingsSchemaStub
{
    public string? SchemaId { get; init; }

    public string? DisplayName { get; init; }

    public string? LatestSchemaVersion { get; init; }

    /// <summary><c>PREVIEW</c>, <c>EARLY_ADOPTER</c> or <c>GENERAL_AVAILABILITY</c>.</summary>
    public string? Maturity { get; init; }

    public bool? MultiObject { get; init; }

    public bool? Ordered { get; init; }

    public bool? OwnerBasedAccessControl { get; init; }
}
