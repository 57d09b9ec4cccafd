using Pharos.Sync.Translation;

namespace Pharos.Sync.Tests.Translation;

/// <summary>The "management zone" row and the entity mapping (tags, selectors) it is built from.</summary>
public sealed class ManagementZoneTranslationTests(ExampleCatalogFixture fixture) : IClassFixture<ExampleCatalogFixture>
{
    [Fact]
    public void Zone_SelectsServicesAndProcessGroupsByTagsAndWorkloadsByLabels()
    {
        var zone = fixture.Translate().Result.Single(DesiredObjectKind.ManagementZone, "payment-processor", "prod", "zone");

        Assert.Equal("Pharos: payment-processor (prod)", zone.Value["name"].Str());
        var rules = zone.Value["rules"]!.AsArray();
        Assert.Equal(3, rules.Count);
        Assert.Equal("SELECTOR", rules[0]!["type"].Str());
        Assert.Equal("type(SERVICE),tag(\"[Kubernetes]app:payment-processor\"),tag(\"[Kubernetes]cost.environment:prod\")", rules[0]!["entitySelector"].Str());
        Assert.Equal("type(PROCESS_GROUP),tag(\"[Kubernetes]app:payment-processor\"),tag(\"[Kubernetes]cost.environment:prod\")", rules[1]!["entitySelector"].Str());
        var workload = rules[2]!["attributeRule"]!;
        Assert.Equal("ME", rules[2]!["type"].Str());
        Assert.Equal("CLOUD_APPLICATION", workload["entityType"].Str());
        var conditions = workload["conditions"]!.AsArray();
        Assert.Equal(
            [("CLOUD_APPLICATION_LABELS", "app", "EQUALS", "payment-processor"), ("CLOUD_APPLICATION_LABELS", "cost.environment", "EQUALS", "prod")],
            conditions.Select(c => (c!["key"].Str(), c["dynamicKey"].Str(), c["operator"].Str(), c["stringValue"].Str())));
        Assert.Contains("Namespaces: prod-payment-processor-euw1-stable, prod-payment-processor-euw2-stable.", zone.Value["description"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public void Zone_ProvenanceIsTheServiceDefinition()
    {
        var zone = fixture.Translate().Result.Single(DesiredObjectKind.ManagementZone, "payment-processor", "prod", "zone");
        var service = fixture.Compilation.Catalog.Services.Single(s => s.Name == "payment-processor");

        Assert.Equal(service.Location, zone.Source.Location);
        Assert.Equal("service payment-processor", zone.Source.Layer);
    }

    [Fact]
    public void OneZonePerServiceAndEnvironment()
    {
        var zones = fixture.Translate().Result.DesiredObjects.Where(o => o.Kind == DesiredObjectKind.ManagementZone).ToList();

        Assert.Equal(8, zones.Count);
        Assert.Equal(zones.Count, zones.Select(z => z.Value["name"].Str()).Distinct().Count());
    }

    [Fact]
    public void LabelTags_AreKubernetesContextTagsOfEveryWorkloadLabel()
    {
        var target = fixture.Target("payment-processor", "prod");
        var tags = KubernetesTag.FromLabels(target.Labels);

        Assert.Contains(new KubernetesTag("app", "payment-processor"), tags);
        Assert.Contains(new KubernetesTag("cost.environment", "prod"), tags);
        Assert.Contains(new KubernetesTag("cost.region", "euw1"), tags);
        Assert.Equal("[Kubernetes]cost.costCenter:COR-B", tags.Single(t => t.Key == "cost.costCenter").SelectorText);
        Assert.All(tags, t => Assert.Equal("KUBERNETES", KubernetesTag.Context));
    }

    [Fact]
    public void Scope_ServiceSelectorUsesAppAndEnvironmentTags()
    {
        var scope = new ServiceEntityScope("payment-processor", "prod", ["prod-payment-processor-euw2-stable", "prod-payment-processor-euw1-stable"]);

        Assert.Equal("type(SERVICE),tag(\"[Kubernetes]app:payment-processor\"),tag(\"[Kubernetes]cost.environment:prod\")", scope.ServiceSelector);
        Assert.Equal(["prod-payment-processor-euw1-stable", "prod-payment-processor-euw2-stable"], scope.Namespaces);
        Assert.Equal(
            "or(eq(\"k8s.namespace.name\",\"prod-payment-processor-euw1-stable\"),eq(\"k8s.namespace.name\",\"prod-payment-processor-euw2-stable\"))",
            scope.NamespaceCondition);
    }

    [Fact]
    public void Scope_SingleNamespaceNeedsNoOr() =>
        Assert.Equal("eq(\"k8s.namespace.name\",\"prod-x-euw1-stable\")", new ServiceEntityScope("x", "prod", ["prod-x-euw1-stable"]).NamespaceCondition);

    [Theory]
    [InlineData("a\"b", "\"a~\"b\"")]
    [InlineData("a~b", "\"a~~b\"")]
    [InlineData("plain", "\"plain\"")]
    public void Quote_EscapesQuotesAndTildes(string text, string quoted) =>
        Assert.Equal(quoted, SelectorText.Quote(text));

    [Fact]
    public void TagKeyColon_IsEscaped() =>
        Assert.Equal("[Kubernetes]a\\:b:v", new KubernetesTag("a:b", "v").SelectorText);

    [Theory]
    [InlineData(0.9, "0.9")]
    [InlineData(200000, "200000")]
    [InlineData(-5, "(-5)")]
    [InlineData(1e-7, "0.0000001")]
    public void Number_IsPlainDecimal(double value, string text) =>
        Assert.Equal(text, SelectorText.Number(value));
}
