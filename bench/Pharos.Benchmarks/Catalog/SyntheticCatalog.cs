using System.Text;

namespace Pharos.Benchmarks.Catalog;

/// <summary>
/// Writes a synthetic catalog of the size issue 2 names: N services × 3 environments × 2 regions,
/// three monitoring profiles, and a metrics catalog with 50 profiles plus a file per service.
/// </summary>
internal static class SyntheticCatalog
{
    public const int MetricsProfiles = 50;

    public static void Write(string catalogDir, string metricsDir, int services, string metricsUrl)
    {
        Directory.CreateDirectory(catalogDir);
        File.WriteAllText(Path.Combine(catalogDir, "monitoring-profiles.yaml"), Profiles());
        var s = new StringBuilder("services:\n");
        for (var i = 0; i < services; i++)
        {
            var profile = (i % 3) switch { 0 => "domain-api", 1 => "batch-job", _ => "listener" };
            s.Append($"""
                  - name: service-{i:D4}
                    archetype: api
                    size: medium
                    regions: [euw1, euw2]
                    enabledIn: [int-stable, pre-stable, prod]
                    cost:
                      costCenter: "CC-{i % 40:D2}"
                      businessUnit: "bu-{i % 7}"
                      costOwner: "team-{i % 97}@company.com"
                    monitoringProfile: {profile}
                    monitoring:
                      customMetrics:
                        repository:
                          url: {metricsUrl}
                          ref: v1.0.0
                        profiles: [mp-{i % MetricsProfiles:D2}, mp-{(i * 7 + 3) % MetricsProfiles:D2}]
                        metrics:
                          - name: service_{i}_requests_total
                            type: counter
                            unit: count
                      overrides:
                        prod:
                          sloAvailability: 99.95
                          dynatrace:
                            alertRules:
                              - name: "BusinessKpiLow"
                                condition: "mp_{i % MetricsProfiles}_success_rate < 97.5"
                                severity: critical
                                channels:
                                  teams: ["#team-{"{SERVICE}"}"]
                                  email: ["oncall@company.com"]

                """);
        }

        File.WriteAllText(Path.Combine(catalogDir, "services.yaml"), s.ToString());

        for (var p = 0; p < MetricsProfiles; p++)
        {
            WriteMetricsFile(Path.Combine(metricsDir, "profiles", $"mp-{p:D2}", "metrics.yaml"), $"mp_{p}", 4);
        }

        for (var i = 0; i < services; i++)
        {
            WriteMetricsFile(Path.Combine(metricsDir, "services", $"service-{i:D4}", "business.yaml"), $"svc_{i}", 2);
        }
    }

    private static void WriteMetricsFile(string path, string prefix, int metrics)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var items = string.Join(",\n", Enumerable.Range(0, metrics).Select(m => $$"""
                    {"name": "{{prefix}}_metric_{{m}}", "type": "gauge", "unit": "percent", "aggregation": "avg", "dimensions": ["environment"]}
            """));
        File.WriteAllText(path, $$"""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: {{prefix}}
            data:
              dynatrace-custom-metrics.json: |
                {
                  "customMetrics": [
                    {"name": "{{prefix}}_success_rate", "type": "gauge", "unit": "percent", "aggregation": "avg"},
            {{items}}
                  ],
                  "alertRules": [
                    {"name": "{{prefix}}_rule", "condition": "{{prefix}}_success_rate < 95", "severity": "warning",
                     "notificationChannels": {"teams": ["#team-{SERVICE}"]} }
                  ]
                }

            """);
    }

    private static string Profiles()
    {
        var b = new StringBuilder("monitoringProfiles:\n");
        foreach (var name in new[] { "domain-api", "batch-job", "listener" })
        {
            b.Append($$"""
                  {{name}}:
                    description: "synthetic {{name}}"
                    dynatrace:
                      enabled: true
                      primary: true
                      application:
                        monitoredTechnologies: [java, kubernetes]
                        requestNaming: "{RequestPath} [{RequestMethod}]"
                        requestAttributes:
                          - name: service
                            source: { kubernetesLabel: app }
                      alertRules:
                        - name: ErrorRateAnomaly
                          condition: "Anomaly(ErrorRate)"
                          targets: [SERVICE]
                          severity: warning
                          channels: { teams: ["#team-{SERVICE}"] }
                        - name: ServiceCrash
                          condition: CrashDetection
                          severity: critical
                      customMetrics:
                        - { name: http_requests_total, type: counter, unit: count }
                    slos:
                      availability: { baselineInt: 99.0, baselinePre: 99.5, baselineProd: 99.9 }
                      latency: { p95Baseline: 500, p99Baseline: 1000 }
                      errorRate: { baselineInt: 5.0, baselinePre: 1.0, baselineProd: 0.1 }
                    environmentOverrides:
                      prod:
                        alertRules:
                          - name: HighErrorRate
                            condition: "ErrorRate > 0.0005"
                            severity: critical

                """);
        }

        return b.ToString();
    }
}
