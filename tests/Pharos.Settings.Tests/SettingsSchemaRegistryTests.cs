using System.Text.Json;
using static Pharos.Settings.Tests.Fixtures.SettingsFixtures;

namespace Pharos.Settings.Tests;

public sealed class SettingsSchemaRegistryTests
{
    [Fact]
    public void LoadEmbedded_ShippedSchemas_LoadsAllEightWithoutDiagnostics()
    {
        var registry = SettingsSchemaRegistry.LoadEmbedded();

        Assert.Empty(registry.Diagnostics);
        string[] expected = [MaintenanceWindow, AlertingProfile, MetricEvents, ManagementZones, MetricMetadata, Slo, Notifications, MsTeams];
        Assert.Equal(expected.Order(StringComparer.Ordinal), registry.Schemas.Select(s => s.SchemaId));
    }

    [Fact]
    public void TryGetSchema_MetricEvents_ExposesSchemaMetadata()
    {
        Assert.True(Registry.TryGetSchema(MetricEvents, out var schema));

        Assert.Equal("1.0.19", schema.Version);
        Assert.Equal("Metric events", schema.DisplayName);
        Assert.Equal(["environment"], schema.AllowedScopes);
        Assert.True(schema.MultiObject);
        Assert.False(schema.Ordered);
        Assert.Equal(10000, schema.MaxObjects);
    }

    [Fact]
    public void TryGetSchema_MetricMetadata_IsSingleObjectOnMetricScope()
    {
        Assert.True(Registry.TryGetSchema(MetricMetadata, out var schema));

        Assert.False(schema.MultiObject);
        Assert.Equal(1, schema.MaxObjects);
        Assert.Equal(["metric"], schema.AllowedScopes);
    }

    [Fact]
    public void GetSchemaList_DefaultFields_MatchesTheSchemaListShape()
    {
        var json = JsonSerializer.Serialize(Registry.GetSchemaList());

        using var document = JsonDocument.Parse(json);
        Assert.Equal(8, document.RootElement.GetProperty("totalCount").GetInt32());
        var first = document.RootElement.GetProperty("items")[0];
        Assert.Equal(["schemaId", "latestSchemaVersion", "displayName"], first.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Contains(
            """{"schemaId":"builtin:alerting.profile","latestSchemaVersion":"8.6.3","displayName":"Problem alerting profiles"}""",
            json, StringComparison.Ordinal);
    }

    [Fact]
    public void GetSchemaList_ExtraFields_AddsOnlyTheRequestedMembers()
    {
        var list = Registry.GetSchemaList(["schemaId", "multiObject", "ordered", "maturity"]);

        var metadata = Assert.Single(list.Items, i => i.SchemaId == MetricMetadata);
        Assert.False(metadata.MultiObject);
        Assert.False(metadata.Ordered);
        Assert.NotNull(metadata.Maturity);
        Assert.Null(metadata.DisplayName);
        Assert.Null(metadata.LatestSchemaVersion);
    }

    [Fact]
    public void TryGetSchemaJson_KnownSchema_ReturnsTheShippedDocument()
    {
        Assert.True(Registry.TryGetSchemaJson(Slo, out var json));

        var shipped = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Pharos.Settings", "Schemas", "monitoring_slo.schema.json"));
        Assert.Equal(shipped, json);
    }

    [Fact]
    public void TryGetSchemaJson_UnknownSchema_ReturnsFalse()
    {
        Assert.False(Registry.TryGetSchemaJson("builtin:nope", out var json));
        Assert.Null(json);
    }
}
