using System.Text.Json;
using System.Text.Json.Nodes;
using Pharos.Dynatrace;
using Pharos.Dynatrace.Settings;
using Pharos.Sync.Translation;

namespace Pharos.Sync.Tests.Engine;

/// <summary>Objects someone made in Dynatrace by hand (no externalId, or a foreign one).</summary>
internal static class HandMade
{
    public static async Task<string> CreateAsync(DynatraceClient client, DesiredObject template, Action<JsonObject>? edit = null, string? externalId = null)
    {
        var value = (JsonObject)template.Value.DeepClone();
        edit?.Invoke(value);
        var create = new SettingsObjectCreate(template.SchemaId, template.Scope, JsonSerializer.SerializeToElement(value)) { ExternalId = externalId };
        var result = await client.Settings.CreateObjectsAsync([create], SettingsCreateOptions.Default, CancellationToken.None);
        var item = Assert.Single(result.Items);
        Assert.True(item.IsSuccess, item.Error?.Describe());
        return item.ObjectId!;
    }
}
