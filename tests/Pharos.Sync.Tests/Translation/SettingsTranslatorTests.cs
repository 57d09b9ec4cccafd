using System.Text;
using Pharos.Catalog.Model;
using Pharos.Sync.Translation;
using static Pharos.Sync.Tests.Translation.TargetBuilder;

using Pharos.Settings;

namespace Pharos.Sync.Tests.Translation;

/// <summary>The translation as a whole: determinism, order, regions, not-synced items and input errors.</summary>
public sealed class SettingsTranslatorTests(ExampleCatalogFixture fixture) : IClassFixture<ExampleCatalogFixture>
{
    private static string Bytes(TranslationResult result)
    {
        var text = new StringBuilder();
        foreach (var o in result.DesiredObjects)
        {
            text.Append(o.Kind).Append(' ').Append(o.SchemaId).Append(' ').Append(o.SchemaVersion).Append(' ').Append(o.Scope).Append(' ')
                .Append(o.ExternalId).Append(' ').Append(string.Join(',', o.Environments)).Append('\n')
                .Append(o.ToCanonicalJson()).Append('\n');
        }

        foreach (var n in result.NotSynced)
        {
            text.Append(n).Append('\n');
        }

        return text.ToString();
    }

    [Fact]
    public void Translate_TwiceGivesIdenticalBytes()
    {
        var first = Bytes(fixture.Translate().Result);
        var second = Bytes(fixture.Translate().Result);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Translate_ExampleCatalogHasNoErrors()
    {
        var (_, diagnostics) = fixture.Translate();

        Assert.DoesNotContain(diagnostics, d => d.IsError);
        Assert.Equal(["PH3005", "PH3010", "PH3010", "PH3010"], diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Translate_OrdersByCreationKindThenExternalId()
    {
        var objects = fixture.Translate().Result.DesiredObjects;
        var expected = objects.OrderBy(o => o.Kind).ThenBy(o => o.ExternalId, StringComparer.Ordinal).ToList();

        Assert.Equal(expected, objects);
        Assert.True(objects.Select(o => o.Kind).Distinct().SequenceEqual(Enum.GetValues<DesiredObjectKind>()));
    }

    [Fact]
    public void Translate_CountsObjectsPerKind()
    {
        var byKind = fixture.Translate().Result.DesiredObjects.GroupBy(o => o.Kind).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(8, byKind[DesiredObjectKind.ManagementZone]);
        Assert.Equal(12, byKind[DesiredObjectKind.MetricMetadata]);
        Assert.Equal(3 + (9 + 9 + 10) + 2, byKind[DesiredObjectKind.MetricEvent]);
        Assert.Equal(10, byKind[DesiredObjectKind.AlertingProfile]);
        Assert.Equal(10, byKind[DesiredObjectKind.Notification]);
    }

    [Fact]
    public void Translate_OneObjectPerServiceAndEnvironmentCoversAllRegions()
    {
        var result = fixture.Translate().Result;
        var e = result.MetricEvent("payment-processor", "prod", "PaymentSuccessRateLow");

        Assert.Contains("prod-payment-processor-euw1-stable", e.Selector(), StringComparison.Ordinal);
        Assert.Contains("prod-payment-processor-euw2-stable", e.Selector(), StringComparison.Ordinal);
        Assert.Equal("payment-processor", e.Service);
        Assert.Equal(["prod"], e.Environments);
        Assert.Equal("environment", e.Scope);
    }

    [Fact]
    public void Translate_ItemThatDiffersBetweenRegions_IsReportedAndFirstRegionKept()
    {
        var euw1 = fixture.Target("payment-processor", "prod", "euw1").WithRules(Rule("Low", "payment_success_rate < 95"));
        var euw2 = fixture.Target("payment-processor", "prod", "euw2").WithRules(Rule("Low", "payment_success_rate < 90"));
        var (result, diagnostics) = TestTranslation.Run([euw1, euw2]);

        Assert.Equal(95, result.MetricEvent("payment-processor", "prod", "Low").Model()["threshold"].Num());
        var error = Assert.Single(diagnostics, d => d.Code == "PH3003");
        Assert.Equal(At, error.Location);
        Assert.Equal(
            "the metric-event object (metric event 'Low' of payment-processor (prod): payment_success_rate < 95 (warning)) of payment-processor in prod differs between regions euw1 and euw2, but Pharos creates one Dynatrace object per service and environment. Remove {REGION} from the item (or make it identical in every region); the euw1 version is used.",
            error.Message);
    }

    [Fact]
    public void Translate_ReportsRequestNamingAttributesAndDashboardsAsNotSynced()
    {
        var notSynced = fixture.Translate().Result.NotSynced.Where(n => n.Service == "payment-processor" && n.Environment == "prod").ToList();

        var naming = Assert.Single(notSynced, n => n.Kind == "request naming");
        Assert.Equal("{RequestPath} [{RequestMethod}]", naming.Item);
        Assert.Equal("profile domain-api", naming.Source.Layer);
        Assert.EndsWith("monitoring-profiles.yaml", naming.Source.Location.File, StringComparison.Ordinal);
        Assert.Equal(8, notSynced.Count(n => n.Kind == "request attribute"));
        Assert.Contains(notSynced, n => n.Kind == "request attribute" && n.Item == "region (kubernetesLabel cost.region)");
        var dashboard = Assert.Single(notSynced, n => n.Kind == "dashboard");
        Assert.Equal("payment-processor-business-metrics", dashboard.Item);
        Assert.Equal(103, dashboard.Source.Location.Line);
        Assert.All(notSynced, n => Assert.False(string.IsNullOrWhiteSpace(n.Reason)));
    }

    [Fact]
    public void Translate_NotSyncedIsReportedOncePerServiceAndEnvironment()
    {
        var notSynced = fixture.Translate().Result.NotSynced;

        Assert.Equal(notSynced.Count, notSynced.DistinctBy(n => (n.Kind, n.Service, n.Environment, n.Item)).Count());
        Assert.Equal(3, notSynced.Count(n => n.Kind == "dashboard"));
    }

    [Fact]
    public void Translate_InvalidCatalogId_TranslatesNothing()
    {
        var (result, diagnostics) = fixture.Translate(new TranslationOptions("Platform Next"));

        Assert.Empty(result.DesiredObjects);
        var error = Assert.Single(diagnostics);
        Assert.Equal("PH3001", error.Code);
        Assert.Equal(
            "the catalog id 'Platform Next' cannot be part of an externalId: use 1 to 40 lower-case letters, digits and inner '-', e.g. 'platform-next'. Nothing was translated.",
            error.Message);
    }

    [Fact]
    public void Translate_RuleWhoseConditionDoesNotCompile_IsSkippedWithError()
    {
        var (result, diagnostics) = TestTranslation.Rules(fixture, Rule("Typo", "payment_sucess_rate < 95"));

        Assert.DoesNotContain(result.DesiredObjects, o => o.Kind == DesiredObjectKind.MetricEvent);
        var error = Assert.Single(diagnostics, d => d.Code == "PH3002");
        Assert.StartsWith(
            "alert rule 'Typo' of payment-processor in prod was not translated because its condition does not compile (unknown custom metric 'payment_sucess_rate'. Did you mean 'payment_success_rate'?",
            error.Message,
            StringComparison.Ordinal);
        Assert.EndsWith("Fix the condition; 'pharos validate' shows every problem.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_RuleWithoutCondition_IsSkippedWithError()
    {
        var (result, diagnostics) = TestTranslation.Rules(fixture, Rule("Empty", null));

        Assert.DoesNotContain(result.DesiredObjects, o => o.Kind == DesiredObjectKind.MetricEvent);
        var error = Assert.Single(diagnostics, d => d.Code == "PH3016");
        Assert.Equal(
            "alert rule 'Empty' of payment-processor in prod has no condition, so no metric event was created. Give it a condition, or only switch an inherited rule off with '{name: Empty, enabled: false}'.",
            error.Message);
    }

    [Theory]
    [InlineData("warn", "alert rule 'Lag' was not translated: its severity is 'warn'. Did you mean 'warning'? Use critical, warning or info.")]
    [InlineData(null, "alert rule 'Lag' was not translated: its severity is missing. Use critical, warning or info.")]
    public void Translate_UnknownSeverity_IsSkippedWithError(string? severity, string message)
    {
        var (result, diagnostics) = TestTranslation.Rules(fixture, Rule("Lag", "ConsumerLag > 5", severity));

        Assert.DoesNotContain(result.DesiredObjects, o => o.Kind == DesiredObjectKind.MetricEvent);
        var error = Assert.Single(diagnostics, d => d.Code == "PH3011");
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Translate_MoreObjectsThanTheSchemaAllows_IsAnError()
    {
        var channels = Enumerable.Range(0, 1001).Select(i => Email($"person{i:D4}@company.com")).ToArray();
        var (_, diagnostics) = TestTranslation.Rules(fixture, Rule("Loud", "payment_success_rate < 95", channels: channels));

        var errors = diagnostics.Where(d => d.Code == "PH3013").ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal(
            "the catalog needs 1001 objects of builtin:alerting.profile, but Dynatrace keeps at most 1000 per environment. Reduce the number of services, rules or channels, or split the catalog across tenants.",
            errors[0].Message);
    }

    [Fact]
    public void Translate_EmptyInput_IsEmpty()
    {
        var (result, diagnostics) = TestTranslation.Run([]);

        Assert.Empty(result.DesiredObjects);
        Assert.Empty(result.NotSynced);
        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }

    [Fact]
    public void Translate_TargetsWithoutServiceLocations_UseASyntheticZoneProvenance()
    {
        var (result, _) = TestTranslation.Run(TestTranslation.PaymentsProd(fixture));
        var zone = result.Single(DesiredObjectKind.ManagementZone, "payment-processor", "prod", "zone");

        Assert.Equal("service payment-processor", zone.Source.Location.File);
        Assert.Equal(0, zone.Source.Location.Line);
    }

    [Fact]
    public void DesiredObject_ValuesAreInCanonicalKeyOrder()
    {
        foreach (var o in fixture.Translate().Result.DesiredObjects)
        {
            var keys = o.Value.Select(p => p.Key).ToList();
            Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        }
    }

    [Fact]
    public void DesiredObject_CarriesTheSchemaVersionItWasWrittenFor()
    {
        var objects = fixture.Translate().Result.DesiredObjects;

        Assert.All(objects.Where(o => o.Kind == DesiredObjectKind.MetricEvent), o => Assert.Equal("1.0.19", o.SchemaVersion));
        Assert.All(objects.Where(o => o.Kind == DesiredObjectKind.Slo), o => Assert.Equal("6.0.14", o.SchemaVersion));
        Assert.All(objects.Where(o => o.Kind == DesiredObjectKind.MetricMetadata), o => Assert.StartsWith("metric-", o.Scope, StringComparison.Ordinal));
        Assert.All(objects.Where(o => o.Kind != DesiredObjectKind.MetricMetadata), o => Assert.Equal("environment", o.Scope));
    }

    [Fact]
    public void ChannelKindName_IsUsedInItemNames() =>
        Assert.Equal("teams", new NotificationChannel(ChannelKind.Teams, "#x", At).KindName);
}
