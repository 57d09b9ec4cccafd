using Pharos.Catalog.Model;

namespace Pharos.Catalog.Resolution;

/// <summary>
/// The fully resolved monitoring configuration of one service in one environment and region:
/// what <c>generate</c> writes and what sync turns into Dynatrace objects.
/// </summary>
public sealed record ResolvedTarget(
    string Service,
    EnvironmentId Environment,
    string Region,
    string Namespace,
    TargetMetadata Metadata,
    IReadOnlyList<KeyValuePair<string, string>> Labels,
    ResolvedApplication Application,
    IReadOnlyList<Resolved<AlertRule>> AlertRules,
    IReadOnlyList<Resolved<CustomMetric>> CustomMetrics,
    IReadOnlyList<Resolved<Dashboard>> Dashboards,
    ResolvedSlos Slos,
    MetricsCatalogInfo? MetricsCatalog,
    PrometheusSettings? Prometheus)
{
    /// <summary>The generated ConfigMap's name (seed 001 §7.1).</summary>
    public string ConfigMapName => $"{Service}-dynatrace-config";

    /// <summary>The delivery gate policy the catalog sets (empty: every gate keeps its defaults).</summary>
    public ResolvedGates Gates { get; init; } = ResolvedGates.Empty;
}

public sealed record TargetMetadata(
    string Name,
    string Environment,
    string Tier,
    string Channel,
    string Region,
    string? Team,
    string? CostCenter,
    string? BusinessUnit,
    string? MonitoringProfile,
    string? Archetype,
    string? Size);

public sealed record ResolvedApplication(
    IReadOnlyList<string> Technologies,
    Resolved<string>? RequestNaming,
    IReadOnlyList<Resolved<RequestAttribute>> RequestAttributes);

/// <summary>
/// SLO objectives. Availability and error rate are percentages (99.9 means 99.9 %; 0.05 means
/// 0.05 %); latencies are milliseconds. See docs/merge-semantics.md, "Units".
/// </summary>
public sealed record ResolvedSlos(
    Resolved<double>? AvailabilityPercent,
    Resolved<double>? LatencyP95Ms,
    Resolved<double>? LatencyP99Ms,
    Resolved<double>? ErrorRatePercent);

/// <summary>The metrics-catalog version a target was built from.</summary>
public sealed record MetricsCatalogInfo(string Url, string Ref, string? Commit);
