using Pharos.Catalog.Output;
using Pharos.Catalog.Resolution;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Tests.Output;

/// <summary>Reading generated ConfigMaps back: the happy path, and one test per PH15xx code with its location and message.</summary>
public sealed class ApplicationJsonReaderTests
{
    private const string Json = """
        {
          "metadata": {
            "name": "svc",
            "environment": "int-stable",
            "tier": "int",
            "channel": "stable",
            "region": "euw1"
          },
          "monitoring": {
            "technologies": ["java"],
            "requestAttributes": [ { "name": "service", "source": { "kubernetesLabel": "app" } } ]
          },
          "alertRules": [
            {
              "name": "Slow",
              "enabled": true,
              "condition": "ResponseTime > 500",
              "targets": ["SERVICE"],
              "severity": "warning",
              "notificationChannels": [ { "type": "teams", "target": "#team-svc" }, "owner@company.com" ]
            }
          ],
          "customMetrics": [ { "name": "orders_total", "type": "counter", "unit": "count", "enabled": true } ],
          "dashboards": [ { "name": "Main", "panels": [ { "title": "Orders", "metric": "orders_total" } ] } ],
          "slos": { "availabilityPercent": 99.5 },
          "prometheus": { "enabled": false, "primary": false }
        }
        """;

    private static readonly KeyValuePair<string, string>[] Labels = [new("app", "svc"), new("monitoring.tool", "dynatrace"), new("cost.environment", "int-stable")];

    private static (ResolvedTarget? Target, IReadOnlyList<Diagnostic> Diagnostics) ReadApi(string json, IReadOnlyList<KeyValuePair<string, string>>? labels = null)
    {
        var bag = new DiagnosticBag();
        var target = ApplicationJsonReader.Read(GeneratedConfigMap.FromApi("int-svc-euw1-stable", "svc-dynatrace-config", labels ?? Labels, json), bag);
        return (target, bag.ToSortedList());
    }

    private static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code, int line, int column, string message)
    {
        var d = Assert.Single(diagnostics);
        Assert.Equal(code, d.Code);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.True(d.Message.Contains(message, StringComparison.Ordinal), d.ToString());
        Assert.Equal((line, column), (d.Location!.Line, d.Location.Column));
        return d;
    }

    private static string Yaml(string data) => $"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: svc-dynatrace-config
          namespace: int-svc-euw1-stable
          labels:
            app: svc
        data:
        {data}
        """;

    [Fact]
    public void Read_ValidJson_BuildsTheTarget()
    {
        var (target, diagnostics) = ReadApi(Json);

        Assert.Empty(diagnostics);
        Assert.NotNull(target);
        Assert.Equal(("svc", "int-stable", "int", "stable", "euw1", "int-svc-euw1-stable"),
            (target.Service, target.Environment.Id, target.Environment.Tier, target.Environment.Channel, target.Region, target.Namespace));
        var rule = Assert.Single(target.AlertRules).Value;
        Assert.Equal(["#team-svc", "owner@company.com"], rule.Channels.Select(c => c.Target));
        Assert.Equal("ResponseTime > 500", rule.Condition!.Value.Value);
        Assert.Equal(99.5, target.Slos.AvailabilityPercent!.Value);
        Assert.Equal("kubernetesLabel", Assert.Single(target.Application.RequestAttributes).Value.SourceKind);
        Assert.Equal("Main", Assert.Single(target.Dashboards).Value.Name);
        Assert.False(target.Prometheus!.Enabled);
        Assert.Equal(Labels, target.Labels);
    }

    [Fact]
    public void Read_SeedStringChannels_AreNormalisedLikeTheCatalog()
    {
        var (target, diagnostics) = ReadApi(Json.Replace("{ \"type\": \"teams\", \"target\": \"#team-svc\" }", "\"teams-svc\"", StringComparison.Ordinal));

        Assert.Empty(diagnostics);
        Assert.Equal("#team-svc", target!.AlertRules[0].Value.Channels[0].Target);
    }

    [Fact]
    public void PH1501_yaml_syntax_in_the_configmap_file()
    {
        var bag = new DiagnosticBag();
        var configMap = ConfigMapYamlReader.Read("apiVersion: v1\nkind: [ConfigMap\n", "out/a.yaml", bag);

        Assert.Null(configMap);
        var d = Single(bag.ToSortedList(), "PH1501", 3, 1, "the ConfigMap is not valid YAML:");
        Assert.Contains("run 'pharos generate' again instead of editing it", d.Message, StringComparison.Ordinal);
        Assert.Equal("out/a.yaml", d.Location!.File);
    }

    [Fact]
    public void PH1502_not_a_configmap()
    {
        var bag = new DiagnosticBag();
        ConfigMapYamlReader.Read("apiVersion: v1\nkind: Secret\n", "out/a.yaml", bag);

        Single(bag.ToSortedList(), "PH1502", 2, 7, "the document is a Secret, not a ConfigMap");
    }

    [Fact]
    public void PH1503_configmap_without_namespace()
    {
        var bag = new DiagnosticBag();
        ConfigMapYamlReader.Read("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n", "out/a.yaml", bag);

        Single(bag.ToSortedList(), "PH1503", 4, 3, "the ConfigMap has no metadata.namespace");
    }

    [Fact]
    public void PH1504_configmap_without_application_json()
    {
        var bag = new DiagnosticBag();
        var configMap = ConfigMapYamlReader.Read(Yaml("  other.json: '{}'"), "out/a.yaml", bag)!;
        ApplicationJsonReader.Read(configMap, bag);

        Single(bag.ToSortedList(), "PH1504", 9, 3, "ConfigMap int-svc-euw1-stable/svc-dynatrace-config has no data.\"application.json\"");
    }

    [Fact]
    public void PH1505_json_syntax_points_into_the_yaml_file()
    {
        var bag = new DiagnosticBag();
        var configMap = ConfigMapYamlReader.Read(Yaml("  application.json: |\n    {\n      \"metadata\": { \"name\": \"svc\", }\n    }"), "out/a.yaml", bag)!;
        var target = ApplicationJsonReader.Read(configMap, bag);

        Assert.Null(target);
        var d = Single(bag.ToSortedList(), "PH1505", 11, 36, "application.json is not valid JSON:");
        Assert.Equal("out/a.yaml", d.Location!.File);
    }

    [Fact]
    public void PH1506_wrong_json_type()
    {
        var (target, diagnostics) = ReadApi(Json.Replace("\"enabled\": true,\n      \"condition\"", "\"enabled\": \"yes\",\n      \"condition\"", StringComparison.Ordinal));

        Assert.Null(target);
        Single(diagnostics, "PH1506", 16, 18, "'enabled' must be true or false, but is a string");
    }

    [Fact]
    public void PH1507_missing_required_field()
    {
        var (target, diagnostics) = ReadApi(Json.Replace("    \"region\": \"euw1\"\n", "    \"region2\": null\n", StringComparison.Ordinal).Replace("\"region2\": null", "\"team\": \"t\"", StringComparison.Ordinal));

        Assert.Null(target);
        Single(diagnostics, "PH1507", 2, 15, "application.json: metadata has no 'region'");
    }

    [Fact]
    public void PH1508_unknown_field_with_did_you_mean()
    {
        var (_, diagnostics) = ReadApi(Json.Replace("\"severity\": \"warning\"", "\"severty\": \"warning\"", StringComparison.Ordinal));

        Single(diagnostics, "PH1508", 19, 8, "unknown field 'severty' in alert rule 'Slow'. Did you mean 'severity'? If a newer pharos wrote it, upgrade the sync controller");
    }

    [Fact]
    public void PH1509_invalid_environment()
    {
        var (target, diagnostics) = ReadApi(Json.Replace("\"int-stable\"", "\"staging\"", StringComparison.Ordinal), labels: []);

        Assert.Null(target);
        Single(diagnostics, "PH1509", 4, 21, "'metadata.environment' is 'staging', but must be <tier>[-<channel>] with tier one of int, pre, prod");
    }

    [Fact]
    public void PH1510_tier_disagrees_with_environment()
    {
        var (target, diagnostics) = ReadApi(Json.Replace("\"tier\": \"int\"", "\"tier\": \"prod\"", StringComparison.Ordinal));

        Assert.Null(target);
        Single(diagnostics, "PH1510", 5, 14, "'metadata.tier' is 'prod', but environment 'int-stable' makes it 'int'");
    }

    [Fact]
    public void PH1510_metadata_disagrees_with_the_configmap_label()
    {
        var (target, diagnostics) = ReadApi(Json, labels: [new("app", "other")]);

        Assert.Null(target);
        Single(diagnostics, "PH1510", 3, 14, "'metadata.name' is 'svc', but the ConfigMap's label app makes it 'other'");
    }

    [Fact]
    public void PH1511_duplicate_item_name()
    {
        var (target, diagnostics) = ReadApi(Json.Replace(
            "\"customMetrics\": [ { \"name\": \"orders_total\", \"type\": \"counter\", \"unit\": \"count\", \"enabled\": true } ]",
            "\"customMetrics\": [ { \"name\": \"orders_total\" }, { \"name\": \"orders_total\" } ]",
            StringComparison.Ordinal));

        Assert.Null(target);
        Single(diagnostics, "PH1511", 23, 50, "custom metric 'orders_total' appears twice (first at int-svc-euw1-stable/svc-dynatrace-config:23:22)");
    }

    [Fact]
    public void PH1512_duplicate_json_key()
    {
        var (target, diagnostics) = ReadApi(Json.Replace("\"region\": \"euw1\"", "\"region\": \"euw1\", \"region\": \"euw2\"", StringComparison.Ordinal));

        Assert.Null(target);
        Single(diagnostics, "PH1512", 7, 24, "key 'region' appears twice in the same object (first at int-svc-euw1-stable/svc-dynatrace-config:7:6)");
    }
}
