using System.Text.Json.Nodes;
using Pharos.Local.Storage.Settings;

namespace Pharos.Local.Settings;

/// <summary>Renders stored objects as <c>SettingsObject</c> JSON with exactly the requested fields.</summary>
internal static class SettingsObjectJson
{
    public const string DefaultListFields = "objectId,value";

    /// <summary>Every field <c>GET /settings/objects?fields=</c> accepts, in the order they are written.</summary>
    public static IReadOnlyList<string> ListFields { get; } =
    [
        "objectId", "schemaId", "schemaVersion", "scope", "externalId", "summary", "searchSummary", "created", "modified",
        "createdBy", "modifiedBy", "author", "updateToken", "owner", "resourceContext", "modificationInfo", "value",
    ];

    /// <summary>The fields of <c>GET /settings/objects/{objectId}</c> (everything but the deprecated modificationInfo).</summary>
    public static IReadOnlyList<string> SingleObjectFields { get; } = ListFields.Where(f => f != "modificationInfo").ToList();

    public static JsonObject Render(StoredSettingsObject o, IReadOnlyCollection<string> fields, bool ordered)
    {
        var json = new JsonObject();
        foreach (var field in ListFields.Where(fields.Contains))
        {
            json[field] = field switch
            {
                "objectId" => o.ObjectId,
                "schemaId" => o.SchemaId,
                "schemaVersion" => o.SchemaVersion,
                "scope" => o.Scope,
                "externalId" => o.ExternalId,
                "summary" or "searchSummary" => o.Summary,
                "created" => o.CreatedMillis,
                "modified" => o.ModifiedMillis,
                "createdBy" => o.CreatedBy,
                "modifiedBy" or "author" => o.ModifiedBy,
                "updateToken" => o.UpdateToken,
                "owner" => new JsonObject { ["type"] = "user", ["id"] = o.CreatedBy },
                "resourceContext" => new JsonObject
                {
                    ["operations"] = new JsonArray("read", "write", "delete"),
                    ["modifications"] = new JsonObject { ["modifiablePaths"] = new JsonArray(), ["nonModifiablePaths"] = new JsonArray() },
                },
                "modificationInfo" => new JsonObject
                {
                    ["deletable"] = true,
                    ["modifiable"] = true,
                    ["movable"] = ordered,
                    ["modifiablePaths"] = new JsonArray(),
                    ["nonModifiablePaths"] = new JsonArray(),
                },
                "value" => JsonNode.Parse(o.ValueJson),
                _ => null,
            };
        }

        return json;
    }
}
