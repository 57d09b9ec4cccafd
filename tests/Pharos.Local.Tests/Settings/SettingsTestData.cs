using System.Text.Json;
using System.Text.Json.Nodes;
using Pharos.Local.Tests.Infrastructure;

namespace Pharos.Local.Tests.Settings;

internal static class SettingsTestData
{
    public const string Multi = TestSettingsSchemaProvider.Multi;
    public const string Ordered = TestSettingsSchemaProvider.Ordered;
    public const string SingleObject = TestSettingsSchemaProvider.Single;
    public const string Large = TestSettingsSchemaProvider.Large;

    public static string Item(string schemaId, string name, string scope = "environment", string? externalId = null, string extra = "")
    {
        var item = new JsonObject { ["schemaId"] = schemaId, ["scope"] = scope, ["value"] = new JsonObject { ["name"] = name } };
        if (externalId is not null)
        {
            item["externalId"] = externalId;
        }

        if (extra.Length > 0)
        {
            foreach (var (key, value) in JsonNode.Parse("{" + extra.TrimStart(',') + "}")!.AsObject().ToList())
            {
                item[key] = value?.DeepClone();
            }
        }

        return item.ToJsonString();
    }

    public static string Array(params string[] items) => "[" + string.Join(",", items) + "]";

    /// <summary>POSTs one object and returns its id.</summary>
    public static async Task<string> CreateAsync(HttpClient client, string schemaId, string name, string scope = "environment", string? externalId = null, string extra = "")
    {
        using var response = await client.PostJsonAsync("settings/objects", Array(Item(schemaId, name, scope, externalId, extra)));
        var body = await response.JsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body[0].GetProperty("objectId").GetString()!;
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, string objectId)
    {
        using var response = await client.GetAsync($"settings/objects/{objectId}");
        Assert.True(response.IsSuccessStatusCode, await response.TextAsync());
        return await response.JsonAsync();
    }
}
