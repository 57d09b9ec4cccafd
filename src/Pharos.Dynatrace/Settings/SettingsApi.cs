using Pharos.Dynatrace.Http;
using Pharos.Dynatrace.Json;

namespace Pharos.Dynatrace.Settings;

/// <summary>
/// Settings 2.0 (<c>/settings/schemas</c>, <c>/settings/objects</c>). Reads here; writes in
/// <c>SettingsApi.Writes.cs</c>. GETs by id return null on 404.
/// </summary>
public sealed partial class SettingsApi
{
    public const string SchemasTemplate = "/settings/schemas";
    public const string SchemaTemplate = "/settings/schemas/{schemaId}";
    public const string ObjectsTemplate = "/settings/objects";
    public const string ObjectTemplate = "/settings/objects/{objectId}";

    private readonly DynatracePipeline _pipeline;

    internal SettingsApi(DynatracePipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <param name="fields">Null for the API default (schemaId, displayName, latestSchemaVersion); also maturity, multiObject, ordered, ownerBasedAccessControl.</param>
    public async Task<IReadOnlyList<SettingsSchemaStub>> ListSchemasAsync(IReadOnlyList<string>? fields, CancellationToken cancellationToken)
    {
        var query = new QueryString.Builder().AddList("fields", fields).Build();
        var list = await _pipeline.SendForJsonAsync(
            DynatraceRequest.Get(SchemasTemplate, "settings/schemas", query),
            DynatraceJson.Context.SettingsSchemaList,
            cancellationToken).ConfigureAwait(false);
        return list.Items;
    }

    /// <param name="schemaVersion">Null for the latest version.</param>
    public async Task<SettingsSchemaDefinition?> GetSchemaAsync(string schemaId, string? schemaVersion, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(schemaId);
        var query = new QueryString.Builder().Add("schemaVersion", schemaVersion).Build();
        var request = DynatraceRequest.Get(SchemaTemplate, "settings/schemas/" + DynatraceRequest.Segment(schemaId), query);
        var response = await _pipeline.SendOrNotFoundAsync(request, cancellationToken).ConfigureAwait(false);
        if (response is null)
        {
            return null;
        }

        var definition = _pipeline.Read(request, response, DynatraceJson.Context.SettingsSchemaDefinition);
        return definition with { Document = _pipeline.Read(request, response, DynatraceJson.Context.JsonElement) };
    }

    /// <summary>
    /// Every object matching <paramref name="query"/>, fetching pages as they are consumed: the
    /// first request carries the query, later ones only <c>nextPageKey</c>, as the API requires.
    /// </summary>
    public IAsyncEnumerable<SettingsObject> ListObjectsAsync(SettingsObjectQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.SchemaIds.Count == 0 && query.Scopes.Count == 0)
        {
            throw new ArgumentException("List settings objects by at least one schema id or scope (the API requires one of them).", nameof(query));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.PageSize, SettingsFields.MaxPageSize, nameof(query));
        var parameters = new QueryString.Builder()
            .AddList("schemaIds", query.SchemaIds)
            .AddList("scopes", query.Scopes)
            .AddList("externalIds", query.ExternalIds)
            .AddList("fields", query.Fields)
            .Add("pageSize", query.PageSize)
            .Build();
        return _pipeline.PagesAsync<SettingsObjectsPage, SettingsObject>(
            DynatraceRequest.Get(ObjectsTemplate, "settings/objects", parameters), [], DynatraceJson.Context.SettingsObjectsPage, cancellationToken);
    }

    public Task<SettingsObject?> GetObjectAsync(string objectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(objectId);
        return _pipeline.GetOrNullAsync(
            DynatraceRequest.Get(ObjectTemplate, ObjectPath(objectId), []), DynatraceJson.Context.SettingsObject, cancellationToken);
    }

    private static string ObjectPath(string objectId) => "settings/objects/" + DynatraceRequest.Segment(objectId);
}
