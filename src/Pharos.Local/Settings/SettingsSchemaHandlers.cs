using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Pharos.Core.Diagnostics;
using Pharos.Local.Http;

namespace Pharos.Local.Settings;

/// <summary><c>GET /settings/schemas</c> and <c>GET /settings/schemas/{schemaId}</c>, served from the schema provider.</summary>
internal sealed class SettingsSchemaHandlers
{
    private static readonly string[] DefaultFields = ["schemaId", "displayName", "latestSchemaVersion"];
    private static readonly string[] KnownFields = ["schemaId", "displayName", "latestSchemaVersion", "maturity", "multiObject", "ordered", "ownerBasedAccessControl"];

    private readonly ISettingsSchemaProvider _schemas;

    public SettingsSchemaHandlers(ISettingsSchemaProvider schemas)
    {
        _schemas = schemas ?? throw new ArgumentNullException(nameof(schemas));
    }

    public async Task ListAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var fields = QueryParameters.Get(context.Request, "fields") is null ? DefaultFields : QueryParameters.GetList(context.Request, "fields");
        var unknown = fields.Where(f => !KnownFields.Contains(f)).ToList();
        if (unknown.Count > 0)
        {
            var violations = unknown.Select(f => ConstraintViolation.InQuery("fields",
                $"Unknown field '{f}'.{NameSuggester.DidYouMean(f, KnownFields)} Supported fields: {string.Join(", ", KnownFields)}.")).ToList();
            await ApiJson.WriteConstraintsViolatedAsync(context, violations, cancellationToken).ConfigureAwait(false);
            return;
        }

        var schemas = _schemas.ListSchemas().OrderBy(s => s.SchemaId, StringComparer.Ordinal).ToList();
        var items = schemas.Select(s => (JsonNode)Render(s, fields)).ToArray();
        var json = new JsonObject { ["items"] = new JsonArray(items), ["totalCount"] = schemas.Count };
        await ApiJson.WriteAsync(context, 200, json, cancellationToken).ConfigureAwait(false);
    }

    public async Task GetAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var schemaId = (string)context.Request.RouteValues["schemaId"]!;
        var version = QueryParameters.Get(context.Request, "schemaVersion");
        var json = _schemas.FindSchema(schemaId) is null ? null : _schemas.GetSchemaJson(schemaId, version);
        if (json is null)
        {
            var message = version is null ? SettingsMessages.SchemaNotFound(schemaId) : $"Settings schema '{schemaId}' in version '{version}' not found.";
            await ApiJson.WriteErrorAsync(context, 404, message, null, cancellationToken).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = 200;
        context.Response.ContentType = ApiJson.ContentType;
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(json), cancellationToken).ConfigureAwait(false);
    }

    private static JsonObject Render(SettingsSchemaDescriptor schema, IEnumerable<string> fields)
    {
        var json = new JsonObject();
        foreach (var field in KnownFields.Where(fields.Contains))
        {
            json[field] = field switch
            {
                "schemaId" => schema.SchemaId,
                "displayName" => schema.DisplayName,
                "latestSchemaVersion" => schema.LatestSchemaVersion,
                "maturity" => schema.Maturity,
                "multiObject" => schema.MultiObject,
                "ordered" => schema.Ordered,
                _ => schema.OwnerBasedAccessControl,
            };
        }

        return json;
    }
}
