using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pharos.Local.Settings;
using Pharos.Local.Tests.Infrastructure;
using static Pharos.Local.Tests.Settings.SettingsTestData;

namespace Pharos.Local.Tests.Settings;

public sealed class SettingsPluginTests
{
    [Fact]
    public async Task Summary_WithPluggedSummarizer_UsesIt()
    {
        await using var env = await TestEnvironment.StartAsync(services: s => s.AddSingleton<ISettingsSummarizer, UpperSummarizer>());

        var objectId = await CreateAsync(env.Client, Multi, "checkout");

        var body = await GetAsync(env.Client, objectId);
        Assert.Equal($"{Multi}: CHECKOUT", body.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Post_WithoutPlugins_KnowsNoSchema()
    {
        await using var env = await TestEnvironment.StartAsync(services: s =>
        {
            s.AddSingleton<ISettingsSchemaProvider>(new EmptyProvider());
        });

        using var response = await env.Client.PostJsonAsync("settings/objects", Array(Item(Multi, "x")));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    private sealed class UpperSummarizer : ISettingsSummarizer
    {
        public string Summarize(string schemaId, JsonElement value) => $"{schemaId}: {value.GetProperty("name").GetString()!.ToUpperInvariant()}";
    }

    private sealed class EmptyProvider : ISettingsSchemaProvider
    {
        public IReadOnlyList<SettingsSchemaDescriptor> ListSchemas() => [];

        public SettingsSchemaDescriptor? FindSchema(string schemaId) => null;

        public string? GetSchemaJson(string schemaId, string? schemaVersion) => null;
    }
}
