using Pharos.Local.Metrics;
using Pharos.Metrics.Storage;

namespace Pharos.Local.Tests.Metrics;

public sealed class MetricMetadataValueTests
{
    [Fact]
    public void Read_FullValue_MapsEveryDescriptorField()
    {
        var settings = MetricMetadataValue.Read("""
            {"displayName":"D","description":"Desc","unit":"Byte","unitDisplayFormat":"binary","tags":["a","b"],"sourceEntityType":"HOST",
             "dimensions":[{"key":"k","displayName":"K"},{"key":"plain"}],
             "metricProperties":{"minValue":-1.5,"maxValue":10,"rootCauseRelevant":false,"impactRelevant":true,"valueType":"error","latency":3}}
            """);

        var expected = new MetricMetadataSettings
        {
            DisplayName = "D", Description = "Desc", Unit = "Byte", UnitDisplayFormat = "binary", Tags = ["a", "b"], SourceEntityType = "HOST",
            Dimensions = [new MetricDimensionMetadata("k", "K"), new MetricDimensionMetadata("plain", null)],
            MinValue = -1.5, MaxValue = 10, RootCauseRelevant = false, ImpactRelevant = true, ValueType = "error", Latency = 3,
        };
        Assert.True(MetricMetadataValue.Same(expected, settings), $"{settings}");
    }

    [Fact]
    public void Read_MembersOfTheWrongType_AreLeftOut()
    {
        var settings = MetricMetadataValue.Read("""{"displayName":5,"tags":"x","dimensions":[{"displayName":"no key"}],"metricProperties":{"latency":2.5}}""");

        Assert.True(MetricMetadataValue.Same(new MetricMetadataSettings(), settings), $"{settings}");
    }

    [Theory]
    [InlineData("metric-cpu.usage", "cpu.usage")]
    [InlineData("metric-", null)]
    [InlineData("environment", null)]
    [InlineData("HOST-0000000000000001", null)]
    public void MetricKeyOf_Scope_ReturnsKeyOfMetricScopesOnly(string scope, string? key)
    {
        Assert.Equal(key, MetricMetadataValue.MetricKeyOf(scope));
    }

    [Fact]
    public void Same_DifferentTagOrder_IsNotSame()
    {
        Assert.False(MetricMetadataValue.Same(new MetricMetadataSettings { Tags = ["a", "b"] }, new MetricMetadataSettings { Tags = ["b", "a"] }));
        Assert.True(MetricMetadataValue.Same(new MetricMetadataSettings { Tags = ["a"] }, new MetricMetadataSettings { Tags = ["a"] }));
        Assert.False(MetricMetadataValue.Same(null, new MetricMetadataSettings()));
    }
}
