using Pharos.Local.Settings.Schemas;
using Pharos.Settings;

namespace Pharos.Local.Tests.Settings.Schemas;

public sealed class RegistrySchemaProviderTests
{
    private static readonly SettingsSchemaRegistry Registry = SettingsSchemaRegistry.LoadEmbedded();
    private readonly RegistrySchemaProvider _provider = new(Registry);

    [Fact]
    public void ListSchemas_Always_DescribesEveryRegistrySchema()
    {
        Assert.Equal(Registry.Schemas.Select(s => s.SchemaId), _provider.ListSchemas().Select(d => d.SchemaId));
    }

    [Fact]
    public void FindSchema_MetricMetadata_IsSingleObjectOnMetricScopes()
    {
        var descriptor = _provider.FindSchema("builtin:metric.metadata")!;

        Assert.False(descriptor.MultiObject);
        Assert.Equal(1, descriptor.MaxObjects);
        Assert.Equal(["metric"], descriptor.AllowedScopes);
        Assert.Equal("4.29", descriptor.LatestSchemaVersion);
    }

    [Fact]
    public void FindSchema_Slo_CarriesMaxObjectsAndMaturity()
    {
        var descriptor = _provider.FindSchema("builtin:monitoring.slo")!;

        Assert.True(descriptor.MultiObject);
        Assert.Equal(10000, descriptor.MaxObjects);
        Assert.Equal("GENERAL_AVAILABILITY", descriptor.Maturity);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("6.0.14")]
    public void GetSchemaJson_LatestOrItsVersion_ReturnsTheShippedDocument(string? version)
    {
        Registry.TryGetSchemaJson("builtin:monitoring.slo", out var shipped);

        Assert.Equal(shipped, _provider.GetSchemaJson("builtin:monitoring.slo", version));
    }

    [Theory]
    [InlineData("builtin:monitoring.slo", "6.0.13")]
    [InlineData("builtin:no.such.schema", null)]
    public void GetSchemaJson_UnknownSchemaOrVersion_ReturnsNull(string schemaId, string? version)
    {
        Assert.Null(_provider.GetSchemaJson(schemaId, version));
    }
}
