using System.Text.Json.Nodes;
using static Pharos.Settings.Tests.Fixtures.SettingsFixtures;

namespace Pharos.Settings.Tests.Summary;

public sealed class SettingsSummaryRendererTests
{
    private readonly SettingsSummaryRenderer _renderer = new(Registry);

    public static TheoryData<string, string, string> Summaries => new()
    {
        { MetricEvents, StaticThresholdOnSelector, "Checkout p90 latency too high" },
        { Slo, SloValue, "Checkout availability" },
        { AlertingProfile, AlertingProfileValue, "Checkout team" },
        { Notifications, EmailNotification, "Ops e-mail" },
        { ManagementZones, KubernetesLabelZone, "checkout" },
        { MetricMetadata, MetricMetadataValue, "Checkout orders" },
        { MaintenanceWindow, WeeklyMaintenanceWindow, "Checkout release" },
        { MsTeams, MsTeamsConnection, "checkout-alerts" },
    };

    [Theory]
    [MemberData(nameof(Summaries))]
    public void Summarize_ShippedSchema_ShowsTheObjectsName(string schemaId, string json, string expected)
    {
        Assert.Equal(expected, _renderer.Summarize(schemaId, Parse(json)));
    }

    [Fact]
    public void Summarize_UnknownSchemaOrNonObject_IsEmpty()
    {
        Assert.Equal("", _renderer.Summarize("builtin:nope", Parse("{}")));
        Assert.Equal("", _renderer.Summarize(Slo, Parse("42")));
        Assert.Equal("", _renderer.Summarize(Slo, Parse("{}")));
    }

    [Fact]
    public void RenderPattern_CollectionOfComplexItems_RendersEachItemsTypePattern()
    {
        var text = _renderer.RenderPattern(AlertingProfile, "{severityRules}", Parse(AlertingProfileValue));

        Assert.Equal(
            "AVAILABILITY alert (After 0 mins; INCLUDE_ANY team:checkout, env:prod), ERRORS alert (After 5 mins; INCLUDE_ALL team:checkout), PERFORMANCE alert (After 30 mins; NONE )",
            text);
    }

    [Fact]
    public void RenderPattern_SelectOnValueSetAndQuotedJoinArgument_FollowsNestedPatterns()
    {
        var text = _renderer.RenderPattern(AlertingProfile, "{eventFilters|join:' | '}", Parse(AlertingProfileValue));

        Assert.Equal("CUSTOM: Title CONTAINS 'checkout'   | PREDEFINED: Contains events of type 'SERVICE_SLOWDOWN'", text);
    }

    [Fact]
    public void RenderPattern_PluralOnSize_PicksTheMatchingCase()
    {
        var value = With(AlertingProfileValue, v => v["eventFilters"] = JsonNode.Parse("""
            [{"type":"CUSTOM","customFilter":{"metadataFilter":{"metadataFilterItems":[
              {"metadataKey":"team","metadataValue":"checkout","negate":false},
              {"metadataKey":"env","metadataValue":"prod","negate":true}]}}}]
            """));

        var text = _renderer.RenderPattern(AlertingProfile, "{eventFilters}", value);

        // The plural case "other { **)** }" keeps its inner spaces, as ICU does.
        Assert.Equal("CUSTOM:   event properties **(** team equals 'checkout' **AND** env not equals 'prod' **)** ", text);
    }

    [Fact]
    public void RenderPattern_ManagementZoneRules_RendersSelectorDimensionAndAttributeRules()
    {
        var text = _renderer.RenderPattern(ManagementZones, "{rules|join:' / '}", Parse(KubernetesLabelZone));

        Assert.Equal(
            "*app.kubernetes.io/part-of* EQUALS 'checkout' / Entities matching **type(SERVICE),tag(\"team:checkout\")** / **Dimensional rule for** METRIC where DIMENSION 'k8s.namespace.name' EQUALS 'checkout'",
            text);
    }

    [Fact]
    public void RenderPattern_ReplaceFilterAndNumberFormat_RenderPortConditions()
    {
        var value = With(KubernetesLabelZone, v => v["rules"] = JsonNode.Parse("""
            [{"enabled":true,"type":"ME","attributeRule":{"entityType":"SERVICE","serviceToHostPropagation":false,"serviceToPGPropagation":false,
              "conditions":[{"key":"SERVICE_PORT","operator":"EQUALS","integerValue":8080}]}}]
            """));

        Assert.Equal("*SERVICE_PORT* EQUALS '8080'", _renderer.RenderPattern(ManagementZones, "{rules}", value));
    }

    [Fact]
    public void SearchSummary_MarkdownEmphasis_IsRemoved()
    {
        var zone = With(KubernetesLabelZone, v => v["name"] = "**bold** zone");

        Assert.Equal("bold zone", _renderer.SearchSummary(ManagementZones, zone));
        Assert.Equal("**bold** zone", _renderer.Summarize(ManagementZones, zone));
    }

    [Theory]
    [InlineData("{unclosed", "{unclosed")]
    [InlineData("a}b", "a}b")]
    [InlineData("{name, select, a {", "{name, select, a {")]
    [InlineData("'{literal}' {name}", "{literal} Checkout team")]
    [InlineData("it''s {name}", "it's Checkout team")]
    [InlineData("{}", "")]
    [InlineData("{missing.deeper}", "")]
    [InlineData("{name|noSuchFilter:'x'}", "Checkout team")]
    [InlineData("{name|truncate:'5':'…'}", "Check…")]
    [InlineData("{name, number, :: ,_ . }", "Checkout team")]
    public void RenderPattern_UnusualPatterns_RenderWithoutThrowing(string pattern, string expected)
    {
        Assert.Equal(expected, _renderer.RenderPattern(AlertingProfile, pattern, Parse(AlertingProfileValue)));
    }
}
