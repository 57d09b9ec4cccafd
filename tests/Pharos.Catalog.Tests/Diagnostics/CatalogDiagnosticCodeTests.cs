using Pharos.Catalog.Tests.TestSupport;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Tests.Diagnostics;

/// <summary>One test per catalog diagnostic code: the input that triggers it, its location and its message.</summary>
public sealed class CatalogDiagnosticCodeTests
{
    private static async Task<Diagnostic> Expect(TempCatalog c, string code, int line, int column, string messagePart, bool metrics = false)
    {
        using (c)
        {
            var result = await c.CompileAsync(withMetricsCatalog: metrics);
            var d = DiagnosticAssert.Single(result, code);
            Assert.Contains(messagePart, d.Message, StringComparison.Ordinal);
            Assert.Equal((line, column), (d.Location!.Line, d.Location.Column));
            return d;
        }
    }

    private static TempCatalog With(string services, string? profiles = null) =>
        new TempCatalog().Profiles(profiles ?? Samples.MinimalProfiles).Services(services);

    [Fact]
    public Task PH1001_yaml_syntax() =>
        Expect(With("services:\n  - name: [unclosed\n"), "PH1001", 3, 1, "YAML syntax error");

    [Fact]
    public async Task PH1002_json_syntax_points_into_the_configmap_file()
    {
        var c = With(Samples.Service("""
                monitoring:
                  customMetrics:
                    repository: { url: "file:///x", ref: v1 }
            """)).MetricsFile("services/svc/bad.yaml", """
            apiVersion: v1
            kind: ConfigMap
            data:
              dynatrace-custom-metrics.json: |
                {
                  "customMetrics": [ { "name": "a_b_c", } ]
                }
            """);
        var d = await Expect(c, "PH1002", 6, 45, "JSON syntax error", metrics: true);
        Assert.EndsWith("services/svc/bad.yaml", d.Location!.File, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PH1003_missing_file()
    {
        using var c = new TempCatalog().Profiles(Samples.MinimalProfiles);
        var result = await c.CompileAsync(withMetricsCatalog: false);
        var d = DiagnosticAssert.Single(result, "PH1003");
        Assert.Contains("services.yaml should hold the service catalog", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public Task PH1004_wrong_node_kind() =>
        Expect(With(Samples.Service("    cost: \"COR-B\"").Replace("    cost:\n      costCenter: \"COR-B\"\n      businessUnit: \"core-banking\"\n      costOwner: \"owner@company.com\"\n", "", StringComparison.Ordinal)),
            "PH1004", 6, 11, "'cost' must be a mapping, but is a string");

    [Fact]
    public Task PH1005_unknown_field_with_did_you_mean() =>
        Expect(With(Samples.Service("    enabeldIn: [prod]")), "PH1005", 10, 5, "unknown field 'enabeldIn' in service 'svc'. Did you mean 'enabledIn'?");

    [Fact]
    public Task PH1006_required_field() =>
        Expect(With("services:\n  - regions: [euw1]\n    enabledIn: [prod]\n"), "PH1006", 2, 5, "a service is missing the required field 'name'");

    [Fact]
    public Task PH1007_invalid_scalar() =>
        Expect(With(Samples.Service("""
                monitoring:
                  overrides:
                    prod:
                      sloAvailability: high
            """)), "PH1007", 13, 28, "'sloAvailability' must be a number, but is 'high'");

    [Fact]
    public Task PH1008_duplicate_key() =>
        Expect(With(Samples.Service("    size: large\n    size: small")), "PH1008", 11, 5, "key 'size' appears twice in the same mapping (first at line 10)");

    [Fact]
    public async Task PH1101_duplicate_service()
    {
        var services = Samples.Service() + "\n" + Samples.Service().Replace("services:\n", "", StringComparison.Ordinal);
        var d = await Expect(With(services), "PH1101", 11, 5, "service 'svc' is defined twice (first at");
        Assert.Contains("services.yaml:2:5", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public Task PH1102_invalid_service_name() =>
        Expect(With(Samples.Service(name: "Payment_Processor")), "PH1102", 2, 5, "service name 'Payment_Processor' is not a valid name");

    [Fact]
    public Task PH1103_empty_enabled_in() =>
        Expect(With(Samples.Service(enabledIn: "[]")), "PH1103", 2, 5, "service 'svc' has no environments in 'enabledIn'");

    [Fact]
    public Task PH1104_unknown_tier() =>
        Expect(With(Samples.Service(enabledIn: "[prd]")), "PH1104", 4, 17, "environment 'prd' has an unknown tier 'prd'. An environment is <tier>[-<channel>] with tier one of int, pre, prod. Did you mean 'prod'?");

    [Fact]
    public Task PH1105_unknown_profile() =>
        Expect(With(Samples.Service().Replace("monitoringProfile: base", "monitoringProfile: bsae", StringComparison.Ordinal)),
            "PH1105", 9, 24, "monitoring profile 'bsae' is not defined in monitoring-profiles.yaml. Did you mean 'base'?");

    [Fact]
    public Task PH1106_override_for_disabled_environment() =>
        Expect(With(Samples.Service("""
                monitoring:
                  overrides:
                    pre-stable:
                      sloAvailability: 99.5
            """)), "PH1106", 12, 9, "service 'svc' overrides environment 'pre-stable', which is not in its enabledIn");

    [Fact]
    public Task PH1107_no_regions() =>
        Expect(With(Samples.Service(regions: "[]")), "PH1107", 2, 5, "service 'svc' has no regions");

    [Fact]
    public Task PH1108_invalid_label_value() =>
        Expect(With(Samples.Service().Replace("\"COR-B\"", "\"COR B!\"", StringComparison.Ordinal)), "PH1108", 6, 20, "'cost.costCenter' value 'COR B!' cannot be a Kubernetes label value");

    [Fact]
    public Task PH1109_duplicate_list_value() =>
        Expect(With(Samples.Service(regions: "[euw1, euw1]")), "PH1109", 3, 21, "'regions' lists 'euw1' twice");

    [Fact]
    public Task PH1110_profile_override_for_unreachable_environment() =>
        Expect(With(Samples.Service(), Samples.MinimalProfiles + "\n    environmentOverrides:\n      staging:\n        alertRules: []\n"),
            "PH1110", 29, 7, "profile 'base' has environmentOverrides for 'staging', which is neither a tier");

    [Fact]
    public Task PH1201_invalid_metric_key() =>
        Expect(With(Samples.Service("""
                monitoring:
                  customMetrics:
                    metrics:
                      - name: 9lives
                        type: gauge
            """)), "PH1201", 13, 13, "metric name '9lives' is not a valid Dynatrace metric key: it starts with a digit or '-'");

    [Fact]
    public Task PH1202_unknown_metric_type() =>
        Expect(With(Samples.Service("""
                monitoring:
                  customMetrics:
                    metrics:
                      - name: orders_total
                        type: countr
            """)), "PH1202", 14, 19, "metric 'orders_total' has unknown type 'countr'. Did you mean 'counter'?");

    [Fact]
    public Task PH1203_unknown_unit() =>
        Expect(With(Samples.Service("""
                monitoring:
                  customMetrics:
                    metrics:
                      - name: orders_total
                        type: counter
                        unit: secs
            """)), "PH1203", 15, 19, "metric 'orders_total' has unknown unit 'secs'.");

    [Fact]
    public Task PH1204_duplicate_item_in_one_layer() =>
        Expect(With(Samples.Service("""
                monitoring:
                  customMetrics:
                    metrics:
                      - name: orders_total
                        type: counter
                      - name: orders_total
                        type: counter
            """)), "PH1204", 15, 13, "metric 'orders_total' is defined twice in the same layer");

    [Fact]
    public Task PH1205_metric_type_conflict_across_layers() =>
        Expect(With(Samples.Service("""
                monitoring:
                  customMetrics:
                    metrics:
                      - name: http_requests_total
                        type: gauge
            """)), "PH1205", 14, 19, "metric 'http_requests_total' is a gauge here but a counter at");

    [Fact]
    public Task PH1206_unknown_aggregation() =>
        Expect(With(Samples.Service("""
                monitoring:
                  customMetrics:
                    metrics:
                      - name: orders_total
                        type: counter
                        aggregation: average
            """)), "PH1206", 15, 26, "metric 'orders_total' has unknown aggregation 'average'.");

    [Fact]
    public Task PH1207_invalid_severity() =>
        Expect(With(Samples.Service(), Samples.MinimalProfiles.Replace("severity: warning", "severity: warn", StringComparison.Ordinal)),
            "PH1207", 11, 21, "alert rule 'ErrorRateAnomaly' has severity 'warn'. Did you mean 'warning'?");

    [Fact]
    public Task PH1208_unknown_target() =>
        Expect(With(Samples.Service(), Samples.MinimalProfiles.Replace("[\"SERVICE\"]", "[\"SERVCE\"]", StringComparison.Ordinal)),
            "PH1208", 10, 22, "alert rule 'ErrorRateAnomaly' targets 'SERVCE', which is not a known entity kind. Did you mean 'SERVICE'?");

    [Fact]
    public Task PH1209_invalid_channel() =>
        Expect(With(Samples.Service(), Samples.MinimalProfiles.Replace("severity: warning", "severity: warning\n          notificationChannels: [\"ops-room\"]", StringComparison.Ordinal)),
            "PH1209", 12, 34, "notification channel 'ops-room' is not recognised");

    [Fact]
    public Task PH1210_slo_out_of_range() =>
        Expect(With(Samples.Service(), Samples.MinimalProfiles.Replace("baselineProd: 99.9", "baselineProd: 100", StringComparison.Ordinal)),
            "PH1210", 20, 23, "SLO 'availability' is 100, outside (0, 100)");

    [Fact]
    public Task PH1211_unknown_placeholder() =>
        Expect(With(Samples.Service(), Samples.MinimalProfiles.Replace("severity: warning", "severity: warning\n          description: \"owned by {OWNER}\"", StringComparison.Ordinal)),
            "PH1211", 12, 34, "unknown placeholder '{OWNER}'");

    [Fact]
    public Task PH1212_p99_below_p95() =>
        Expect(With(Samples.Service(), Samples.MinimalProfiles.Replace("p99Baseline: 1000", "p99Baseline: 400", StringComparison.Ordinal)),
            "PH1212", 23, 22, "latency SLO p99 (400 ms) is below p95 (500 ms)");

    [Fact]
    public Task PH1213_invalid_dimension() =>
        Expect(With(Samples.Service("""
                monitoring:
                  customMetrics:
                    metrics:
                      - name: orders_total
                        type: counter
                        dimensions: ["Payment Method"]
            """)), "PH1213", 15, 27, "metric 'orders_total' has dimension 'Payment Method', which is not a valid Dynatrace dimension key");

    [Fact]
    public Task PH1215_rule_without_condition_and_nothing_to_disable() =>
        Expect(With(Samples.Service("""
                monitoring:
                  overrides:
                    prod:
                      dynatrace:
                        alertRules:
                          - name: "NoSuchRule"
                            enabled: false
            """)), "PH1215", 15, 17, "alert rule 'NoSuchRule' has no condition");

    [Fact]
    public Task PH1303_unknown_metrics_catalog_profile() =>
        Expect(With(Samples.Service("""
                monitoring:
                  customMetrics:
                    repository: { url: "file:///x", ref: v1 }
                    profiles: [payment-busines-metrics]
            """)).MetricsFile("profiles/payment-business-metrics/m.yaml", Resolution.MergeSemanticsTests.MetricsConfigMap("""{"name":"a_b","type":"gauge"}""")),
            "PH1303", 13, 20, "lists metrics-catalog profile 'payment-busines-metrics', but metrics-catalog@working-copy has neither profiles/payment-busines-metrics/ nor services/svc/payment-busines-metrics.yaml. Did you mean 'payment-business-metrics'?", metrics: true);

    [Fact]
    public Task PH1304_metrics_file_without_payload() =>
        Expect(With(Samples.Service("""
                monitoring:
                  customMetrics:
                    repository: { url: "file:///x", ref: v1 }
            """)).MetricsFile("services/svc/empty.yaml", "apiVersion: v1\nkind: ConfigMap\ndata:\n  other.json: \"{}\"\n"),
            "PH1304", 4, 3, "has no data.\"dynatrace-custom-metrics.json\"", metrics: true);

    [Fact]
    public Task PH1305_profiles_without_repository() =>
        Expect(With(Samples.Service("""
                monitoring:
                  customMetrics:
                    profiles: [business]
            """)), "PH1305", 12, 20, "service 'svc' lists metrics-catalog profiles but no customMetrics.repository.url");

    [Fact]
    public Task PH1306_metrics_file_that_is_not_a_configmap() =>
        Expect(With(Samples.Service("""
                monitoring:
                  customMetrics:
                    repository: { url: "file:///x", ref: v1 }
            """)).MetricsFile("services/svc/secret.yaml", "apiVersion: v1\nkind: Secret\ndata: {}\n"),
            "PH1306", 2, 7, "is a Secret, not a ConfigMap", metrics: true);

    [Fact]
    public Task Condition_naming_a_metric_not_in_the_resolved_config_points_at_the_name_in_the_yaml() =>
        Expect(With(Samples.Service("""
                monitoring:
                  overrides:
                    prod:
                      dynatrace:
                        alertRules:
                          - name: "SuccessLow"
                            condition: "payment_sucess_rate < 95"
                            severity: critical
            """)), "PH2021", 16, 29, "unknown custom metric 'payment_sucess_rate'");

    [Fact]
    public async Task Condition_on_an_undeclared_metric_is_reported_once_for_all_targets()
    {
        using var c = With(Samples.Service(), Samples.MinimalProfiles.Replace(
            "severity: warning", "severity: warning\n        - name: Orders\n          condition: orders_total > 5\n          severity: info", StringComparison.Ordinal));
        var result = await c.CompileAsync(withMetricsCatalog: false);
        var d = DiagnosticAssert.Single(result, "PH2021");
        Assert.Equal((13, 22), (d.Location!.Line, d.Location.Column));
    }
}
