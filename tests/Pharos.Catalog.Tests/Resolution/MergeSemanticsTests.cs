using Pharos.Catalog.Resolution;
using Pharos.Catalog.Tests.TestSupport;

namespace Pharos.Catalog.Tests.Resolution;

/// <summary>Every rule of docs/merge-semantics.md, one test each.</summary>
public sealed class MergeSemanticsTests
{
    private static ResolvedTarget Target(CompilationResult result, string env, string region = "euw1", string service = "svc") =>
        result.Targets.Single(t => t.Service == service && t.Environment.Id == env && t.Region == region);

    [Fact]
    public async Task Profile_base_items_are_inherited()
    {
        using var c = new TempCatalog().Profiles(Samples.MinimalProfiles).Services(Samples.Service());
        var result = await c.CompileAsync(withMetricsCatalog: false);
        DiagnosticAssert.NoErrors(result);
        var t = Target(result, "prod");
        Assert.Equal(["ErrorRateAnomaly"], t.AlertRules.Select(r => r.Value.Name));
        Assert.Equal("profile base", t.AlertRules[0].Source.Layer);
        Assert.Equal(["http_requests_total"], t.CustomMetrics.Select(m => m.Value.Name));
    }

    [Fact]
    public async Task Environment_override_applies_only_to_its_environment()
    {
        var profiles = Samples.MinimalProfiles + """

                environmentOverrides:
                  prod:
                    alertRules:
                      - name: "HighErrorRate"
                        condition: "ErrorRate > 0.0005"
                        severity: critical
            """;
        using var c = new TempCatalog().Profiles(profiles).Services(Samples.Service());
        var result = await c.CompileAsync(withMetricsCatalog: false);
        DiagnosticAssert.NoErrors(result);
        Assert.Contains(Target(result, "prod").AlertRules, r => r.Value.Name == "HighErrorRate");
        Assert.DoesNotContain(Target(result, "int-stable").AlertRules, r => r.Value.Name == "HighErrorRate");
        Assert.Equal("profile base environmentOverrides.prod", Target(result, "prod").AlertRules.Single(r => r.Value.Name == "HighErrorRate").Source.Layer);
    }

    [Fact]
    public async Task Override_keyed_by_tier_applies_before_override_keyed_by_environment_id()
    {
        var profiles = Samples.MinimalProfiles + """

                environmentOverrides:
                  int:
                    alertRules:
                      - name: "Lag"
                        condition: "ConsumerLag > 100"
                        severity: info
                  int-stable:
                    alertRules:
                      - name: "Lag"
                        condition: "ConsumerLag > 200"
                        severity: warning
            """;
        using var c = new TempCatalog().Profiles(profiles).Services(Samples.Service());
        var result = await c.CompileAsync(withMetricsCatalog: false);
        DiagnosticAssert.NoErrors(result);
        var lag = Target(result, "int-stable").AlertRules.Single(r => r.Value.Name == "Lag");
        Assert.Equal("ConsumerLag > 200", lag.Value.Condition!.Value.Value);
        Assert.Equal("profile base environmentOverrides.int", lag.Shadowed.Single().Layer);
    }

    [Fact]
    public async Task Higher_layer_replaces_same_named_item_whole_and_keeps_its_position()
    {
        var extra = """
                monitoring:
                  overrides:
                    prod:
                      dynatrace:
                        alertRules:
                          - name: "ErrorRateAnomaly"
                            condition: "ErrorRate > 0.01"
                            severity: critical
                          - name: "Added"
                            condition: "ResponseTime > 800"
                            severity: warning
            """;
        using var c = new TempCatalog().Profiles(Samples.MinimalProfiles).Services(Samples.Service(extra));
        var result = await c.CompileAsync(withMetricsCatalog: false);
        DiagnosticAssert.NoErrors(result);
        var rules = Target(result, "prod").AlertRules;
        Assert.Equal(["ErrorRateAnomaly", "Added"], rules.Select(r => r.Value.Name));
        Assert.Equal("critical", rules[0].Value.Severity!.Value.Value);
        Assert.Empty(rules[0].Value.Channels); // replaced whole: nothing of the profile's rule survives
        Assert.Equal("profile base", rules[0].Shadowed.Single().Layer);
    }

    [Fact]
    public async Task Enabled_false_without_condition_disables_the_inherited_rule_and_keeps_it()
    {
        var extra = """
                monitoring:
                  overrides:
                    int-stable:
                      dynatrace:
                        alertRules:
                          - name: "ErrorRateAnomaly"
                            enabled: false
            """;
        using var c = new TempCatalog().Profiles(Samples.MinimalProfiles).Services(Samples.Service(extra));
        var result = await c.CompileAsync(withMetricsCatalog: false);
        DiagnosticAssert.NoErrors(result);
        var rule = Target(result, "int-stable").AlertRules.Single();
        Assert.False(rule.Value.Enabled);
        Assert.Equal("Anomaly(ErrorRate)", rule.Value.Condition!.Value.Value);
        Assert.True(Target(result, "prod").AlertRules.Single().Value.Enabled);
    }

    [Fact]
    public async Task Layers_apply_in_order_profile_catalog_profiles_service_files_inline_overrides()
    {
        using var c = new TempCatalog()
            .Profiles(Samples.MinimalProfiles)
            .Services(Samples.Service("""
                monitoring:
                  customMetrics:
                    repository: { url: "file:///unused", ref: v1 }
                    profiles: [p2, p1]
                    metrics:
                      - name: shared_metric
                        type: gauge
                        description: inline
            """))
            .MetricsFile("profiles/p1/a.yaml", MetricsConfigMap("""{"name":"shared_metric","type":"gauge","description":"p1"}"""))
            .MetricsFile("profiles/p2/a.yaml", MetricsConfigMap("""{"name":"shared_metric","type":"gauge","description":"p2"}"""))
            .MetricsFile("services/svc/b.yaml", MetricsConfigMap("""{"name":"shared_metric","type":"gauge","description":"service-b"}"""))
            .MetricsFile("services/svc/a.yaml", MetricsConfigMap("""{"name":"shared_metric","type":"gauge","description":"service-a"}"""));
        var result = await c.CompileAsync();
        DiagnosticAssert.NoErrors(result);
        var metric = Target(result, "prod").CustomMetrics.Single(m => m.Value.Name == "shared_metric");
        Assert.Equal("inline", metric.Value.Description);
        Assert.Equal(
            ["metrics-catalog services/svc/b.yaml", "metrics-catalog services/svc/a.yaml", "metrics-catalog profile p1", "metrics-catalog profile p2"],
            metric.Shadowed.Select(p => p.Layer));
    }

    [Fact]
    public async Task Listed_profile_that_is_a_service_file_is_accepted()
    {
        using var c = new TempCatalog()
            .Profiles(Samples.MinimalProfiles)
            .Services(Samples.Service("""
                monitoring:
                  customMetrics:
                    repository: { url: "file:///unused", ref: v1 }
                    profiles: [svc-business]
            """))
            .MetricsFile("services/svc/svc-business.yaml", MetricsConfigMap("""{"name":"orders_total","type":"counter","unit":"count"}"""));
        var result = await c.CompileAsync();
        DiagnosticAssert.NoErrors(result);
        Assert.Contains(Target(result, "prod").CustomMetrics, m => m.Value.Name == "orders_total");
    }

    [Fact]
    public async Task Service_override_slos_win_over_profile_override_and_tier_baseline()
    {
        var profiles = Samples.MinimalProfiles + """

                environmentOverrides:
                  prod:
                    slos:
                      availability: 99.95
                      latency:
                        p95Baseline: 300
            """;
        using var c = new TempCatalog().Profiles(profiles).Services(Samples.Service("""
                monitoring:
                  overrides:
                    prod:
                      sloAvailability: 99.99
            """));
        var result = await c.CompileAsync(withMetricsCatalog: false);
        DiagnosticAssert.NoErrors(result);
        var prod = Target(result, "prod").Slos;
        Assert.Equal(99.99, prod.AvailabilityPercent!.Value);
        Assert.Equal(2, prod.AvailabilityPercent.Shadowed.Count);
        Assert.Equal(300, prod.LatencyP95Ms!.Value);
        Assert.Equal(1000, prod.LatencyP99Ms!.Value);
        Assert.Equal(0.1, prod.ErrorRatePercent!.Value);
        var intStable = Target(result, "int-stable").Slos;
        Assert.Equal(99.0, intStable.AvailabilityPercent!.Value);
        Assert.Equal(5.0, intStable.ErrorRatePercent!.Value);
    }

    [Fact]
    public async Task Tier_is_text_before_first_dash_and_namespace_follows_the_seed()
    {
        using var c = new TempCatalog().Profiles(Samples.MinimalProfiles).Services(Samples.Service(enabledIn: "[pre-canary, prod]", regions: "[euw1, euw2]"));
        var result = await c.CompileAsync(withMetricsCatalog: false);
        DiagnosticAssert.NoErrors(result);
        var pre = Target(result, "pre-canary", "euw2");
        Assert.Equal("pre", pre.Environment.Tier);
        Assert.Equal("canary", pre.Environment.Channel);
        Assert.Equal("pre-svc-euw2-canary", pre.Namespace);
        Assert.Equal(99.5, pre.Slos.AvailabilityPercent!.Value);
        Assert.Equal("prod-svc-euw1-stable", Target(result, "prod").Namespace);
        Assert.Equal(4, result.Targets.Count);
    }

    [Fact]
    public async Task Placeholders_are_substituted_in_every_string_and_dynatrace_placeholders_are_kept()
    {
        var profiles = Samples.MinimalProfiles.Replace(
            "      alertRules:\n",
            "      application:\n        requestNaming: \"{RequestPath} [{RequestMethod}] {SERVICE}\"\n      alertRules:\n",
            StringComparison.Ordinal) + """

                environmentOverrides:
                  prod:
                    alertRules:
                      - name: "Rule-{SERVICE}"
                        condition: "ErrorRate > 0.01"
                        severity: critical
                        description: "{SERVICE} in {ENVIRONMENT}/{REGION} for {TEAM}, {COST_CENTER}, {BUSINESS_UNIT}"
                        channels:
                          teams: ["#team-{SERVICE}"]
            """;
        using var c = new TempCatalog().Profiles(profiles).Services(Samples.Service());
        var result = await c.CompileAsync(withMetricsCatalog: false);
        DiagnosticAssert.NoErrors(result);
        var t = Target(result, "prod");
        var rule = t.AlertRules.Single(r => r.Value.Name == "Rule-svc").Value;
        Assert.Equal("svc in prod/euw1 for owner@company.com, COR-B, core-banking", rule.Description!.Value.Value);
        Assert.Equal("#team-svc", rule.Channels.Single().Target);
        Assert.Equal("{RequestPath} [{RequestMethod}] svc", t.Application.RequestNaming!.Value);
    }

    [Fact]
    public async Task Channels_in_both_seed_shapes_normalise_into_one_list()
    {
        using var c = new TempCatalog()
            .Profiles(Samples.MinimalProfiles)
            .Services(Samples.Service("""
                monitoring:
                  customMetrics:
                    repository: { url: "file:///unused", ref: v1 }
            """))
            .MetricsFile("services/svc/a.yaml", """
                apiVersion: v1
                kind: ConfigMap
                data:
                  dynatrace-custom-metrics.json: |
                    {"alertRules": [
                      {"name": "A", "condition": "ErrorRate > 0.1", "severity": "info",
                       "notificationChannels": ["teams-{SERVICE}", "#ops", "sre@company.com"]},
                      {"name": "B", "condition": "ErrorRate > 0.2", "severity": "info",
                       "notificationChannels": {"teams": ["#b"], "email": ["b@company.com"]}}
                    ]}
                """);
        var result = await c.CompileAsync();
        DiagnosticAssert.NoErrors(result);
        var rules = Target(result, "prod").AlertRules.ToDictionary(r => r.Value.Name, r => r.Value);
        Assert.Equal(["teams:#team-svc", "teams:#ops", "email:sre@company.com"], rules["A"].Channels.Select(ch => $"{ch.KindName}:{ch.Target}"));
        Assert.Equal(["teams:#b", "email:b@company.com"], rules["B"].Channels.Select(ch => $"{ch.KindName}:{ch.Target}"));
    }

    [Fact]
    public async Task Inline_metric_dynatrace_block_supplies_unit_aggregation_and_dimensions()
    {
        using var c = new TempCatalog().Profiles(Samples.MinimalProfiles).Services(Samples.Service("""
                monitoring:
                  customMetrics:
                    metrics:
                      - name: payment_transactions_total
                        type: counter
                        dynatrace:
                          enabled: true
                          unit: "count"
                          aggregation: "sum"
                          dimensions: ["status", "environment"]
            """));
        var result = await c.CompileAsync(withMetricsCatalog: false);
        DiagnosticAssert.NoErrors(result);
        var metric = Target(result, "prod").CustomMetrics.Single(m => m.Value.Name == "payment_transactions_total").Value;
        Assert.Equal("count", metric.Unit!.Value.Value);
        Assert.Equal("sum", metric.Aggregation!.Value.Value);
        Assert.Equal(["status", "environment"], metric.Dimensions.Select(d => d.Value));
    }

    [Fact]
    public async Task Service_with_dynatrace_false_produces_no_targets()
    {
        using var c = new TempCatalog().Profiles(Samples.MinimalProfiles).Services(Samples.Service("""
                monitoring:
                  dynatrace: false
            """));
        var result = await c.CompileAsync(withMetricsCatalog: false);
        DiagnosticAssert.NoErrors(result);
        Assert.Empty(result.Targets);
    }

    internal static string MetricsConfigMap(string metricJson) => $$"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: m
        data:
          dynatrace-custom-metrics.json: |
            {"customMetrics": [{{metricJson}}]}
        """;
}
