namespace Pharos.Dynatrace.Settings;

/// <summary>Names for the <c>fields</c> parameter of <c>GET /settings/objects</c>.</summary>
public static class SettingsFields
{
    public const int MaxPageSize = 500;

    public const string ObjectId = "objectId";
    public const string Value = "value";
    public const string ExternalId = "externalId";
    public const string SchemaId = "schemaId";
    public const string SchemaVersion = "schemaVersion";
    public const string Scope = "scope";
    public const string Summary = "summary";
    public const string SearchSummary = "searchSummary";
    public const string UpdateToken = "updateToken";
    public const string Created = "created";
    public const string Modified = "modified";
    public const string CreatedBy = "createdBy";
    public const string ModifiedBy = "modifiedBy";
    public const string Author = "author";
    public const string Owner = "owner";
    public const string ResourceContext = "resourceContext";
    public const string ModificationInfo = "modificationInfo";

    /// <summary>Everything a plan needs to diff and update without a GET per object.</summary>
    public static IReadOnlyList<string> ForSync { get; } = [ObjectId, ExternalId, SchemaId, SchemaVersion, Scope, UpdateToken, Value];
}
