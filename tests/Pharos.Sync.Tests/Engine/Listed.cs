using System.Text.Json;
using System.Text.Json.Nodes;
using Pharos.Dynatrace.Settings;
using Pharos.Sync.Translation;

namespace Pharos.Sync.Tests.Engine;

/// <summary>Settings objects as <c>GET /settings/objects</c> would list them, built from desired objects.</summary>
internal static class Listed
{
    public static SettingsObject Of(DesiredObject desired, string? objectId = null, Action<JsonObject>? edit = null) =>
        Foreign(desired, objectId ?? "object-" + desired.ExternalId, desired.ExternalId, edit);

    /// <summary>The desired object's value under another externalId (null: none), as a hand-made or foreign copy.</summary>
    public static SettingsObject Foreign(DesiredObject desired, string objectId, string? externalId, Action<JsonObject>? edit = null)
    {
        var value = (JsonObject)desired.Value.DeepClone();
        edit?.Invoke(value);
        return Object(desired.SchemaId, desired.Scope, value, objectId, externalId) with
        {
            SchemaVersion = desired.SchemaVersion,
            Summary = desired.Summary,
        };
    }

    public static SettingsObject Object(string schemaId, string scope, JsonObject value, string objectId, string? externalId) => new()
    {
        ObjectId = objectId,
        SchemaId = schemaId,
        Scope = scope,
        ExternalId = externalId,
        UpdateToken = "token-" + objectId,
        Value = JsonSerializer.SerializeToElement(value),
    };
}
