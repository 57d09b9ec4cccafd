using Pharos.Sync.Translation;
using static Pharos.Sync.Tests.Translation.TargetBuilder;

using Pharos.Settings;

namespace Pharos.Sync.Tests.Translation;

/// <summary>Identity: externalIds depend on catalog, service, environment, kind and item name only.</summary>
public sealed class ExternalIdsTests(ExampleCatalogFixture fixture) : IClassFixture<ExampleCatalogFixture>
{
    [Fact]
    public void For_HasReadablePartsAndHash()
    {
        var id = ExternalIds.For("platform-next", DesiredObjectKind.MetricEvent, "payment-processor", "prod", "PaymentSuccessRateLow");

        Assert.Matches("^pharos:platform-next:metric-event:payment-processor:prod:PaymentSuccessRateLow:[0-9a-f]{16}$", id);
    }

    [Fact]
    public void For_IsStableAcrossCalls() =>
        Assert.Equal(
            ExternalIds.For("c", DesiredObjectKind.Slo, "s", "prod", "availability"),
            ExternalIds.For("c", DesiredObjectKind.Slo, "s", "prod", "availability"));

    [Fact]
    public void For_ObjectsOfNoServiceOmitServiceAndEnvironment() =>
        Assert.Matches("^pharos:c:metric-metadata:requests.count:[0-9a-f]{16}$", ExternalIds.For("c", DesiredObjectKind.MetricMetadata, "", "", "requests.count"));

    [Fact]
    public void For_ItemsWithTheSameSlugStayDistinct()
    {
        var a = ExternalIds.For("c", DesiredObjectKind.Notification, "s", "prod", "teams:#ops");
        var b = ExternalIds.For("c", DesiredObjectKind.Notification, "s", "prod", "teams:_ops");

        Assert.NotEqual(a, b);
        Assert.Equal(a[..^16], b[..^16]);
    }

    [Fact]
    public void For_LongNamesAreCutButStayShortAndSafe()
    {
        var id = ExternalIds.For("c", DesiredObjectKind.MetricEvent, new string('s', 300), "prod", new string('r', 1000) + ", x");

        Assert.True(id.Length < 250);
        Assert.True(id.Length <= ExternalIds.MaxLength);
        Assert.DoesNotContain(',', id);
        Assert.DoesNotContain(' ', id);
    }

    [Theory]
    [InlineData("pharos:platform-next:slo:a:b:c:0123456789abcdef", "platform-next", true)]
    [InlineData("pharos:platform-next-2:slo:a:b:c:0123456789abcdef", "platform-next", false)]
    [InlineData("monaco:abc", "platform-next", false)]
    public void IsOwnedBy_ChecksTheCatalogPrefix(string externalId, string catalog, bool owned) =>
        Assert.Equal(owned, ExternalIds.IsOwnedBy(externalId, catalog));

    [Theory]
    [InlineData("pharos:x", true)]
    [InlineData("monaco:x", false)]
    [InlineData(null, false)]
    public void IsPharosOwned_ChecksThePrefix(string? externalId, bool owned) =>
        Assert.Equal(owned, ExternalIds.IsPharosOwned(externalId));

    [Theory]
    [InlineData("platform-next", true)]
    [InlineData("a", true)]
    [InlineData("Platform", false)]
    [InlineData("-x", false)]
    [InlineData("x-", false)]
    [InlineData("a:b", false)]
    [InlineData("", false)]
    public void IsValidCatalogId_AcceptsLowerCaseSlugs(string id, bool valid) =>
        Assert.Equal(valid, ExternalIds.IsValidCatalogId(id));

    [Fact]
    public void ChangingDescription_KeepsTheExternalIdAndChangesTheValue()
    {
        var before = TestTranslation.Rules(fixture, Rule("Low", "payment_success_rate < 95", description: "old words")).Result.MetricEvent("payment-processor", "prod", "Low");
        var after = TestTranslation.Rules(fixture, Rule("Low", "payment_success_rate < 95", description: "new words")).Result.MetricEvent("payment-processor", "prod", "Low");

        Assert.Equal(before.ExternalId, after.ExternalId);
        Assert.NotEqual(before.ToCanonicalJson(), after.ToCanonicalJson());
    }

    [Fact]
    public void ChangingConditionOrSeverity_KeepsTheExternalId()
    {
        var before = TestTranslation.Rules(fixture, Rule("Low", "payment_success_rate < 95", "warning")).Result.MetricEvent("payment-processor", "prod", "Low");
        var after = TestTranslation.Rules(fixture, Rule("Low", "payment_success_rate < 90", "critical")).Result.MetricEvent("payment-processor", "prod", "Low");

        Assert.Equal(before.ExternalId, after.ExternalId);
    }

    [Fact]
    public void RenamingTheRule_ChangesTheExternalId()
    {
        var before = TestTranslation.Rules(fixture, Rule("Low", "payment_success_rate < 95")).Result.MetricEvent("payment-processor", "prod", "Low");
        var renamed = Assert.Single(
            TestTranslation.Rules(fixture, Rule("TooLow", "payment_success_rate < 95")).Result.DesiredObjects,
            o => o.Kind == DesiredObjectKind.MetricEvent);

        Assert.NotEqual(before.ExternalId, renamed.ExternalId);
    }

    [Fact]
    public void ChangingTheSloTarget_KeepsExternalIdAndMetricName()
    {
        var targets = TestTranslation.PaymentsProd(fixture);
        var changed = targets.Select(t => t with { Slos = t.Slos with { AvailabilityPercent = t.Slos.AvailabilityPercent! with { Value = 99.5 } } });
        var before = TestTranslation.Run(targets).Result.Single(DesiredObjectKind.Slo, "payment-processor", "prod", "availability");
        var after = TestTranslation.Run(changed).Result.Single(DesiredObjectKind.Slo, "payment-processor", "prod", "availability");

        Assert.Equal(before.ExternalId, after.ExternalId);
        Assert.Equal(before.Value["metricName"].Str(), after.Value["metricName"].Str());
        Assert.Equal(99.5, after.Value["targetSuccess"].Num());
    }

    [Fact]
    public void EveryExternalId_IsUniqueOwnedAndQueryable()
    {
        var objects = fixture.Translate().Result.DesiredObjects;

        Assert.Equal(objects.Count, objects.Select(o => o.ExternalId).Distinct(StringComparer.Ordinal).Count());
        Assert.All(objects, o => Assert.True(ExternalIds.IsOwnedBy(o.ExternalId, "platform-next")));
        Assert.All(objects, o => Assert.Matches("^[A-Za-z0-9._:_-]+$", o.ExternalId));
        Assert.All(objects, o => Assert.InRange(o.ExternalId.Length, 2, ExternalIds.MaxLength));
    }
}
