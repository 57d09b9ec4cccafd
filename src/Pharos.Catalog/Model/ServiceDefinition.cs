using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Model;

/// <summary>One entry of services.yaml (seed 001 §3.1).</summary>
public sealed record ServiceDefinition(
    string Name,
    string? Archetype,
    string? Size,
    IReadOnlyList<Located<string>> Regions,
    IReadOnlyList<Located<EnvironmentId>> EnabledIn,
    string? CostProfile,
    CostInfo Cost,
    Located<string>? MonitoringProfile,
    ServiceMonitoring Monitoring,
    SourceLocation Location);

public sealed record CostInfo(Located<string>? CostCenter, Located<string>? BusinessUnit, Located<string>? CostOwner)
{
    public static CostInfo Empty { get; } = new(null, null, null);
}

/// <summary>A service's <c>monitoring</c> block.</summary>
public sealed record ServiceMonitoring(
    bool Dynatrace,
    MetricsCatalogReference? Repository,
    IReadOnlyList<Located<string>> MetricsProfiles,
    IReadOnlyList<CustomMetric> InlineMetrics,
    IReadOnlyList<ServiceOverride> Overrides,
    SourceLocation InlineMetricsLocation)
{
    public static ServiceMonitoring Empty(SourceLocation at) => new(true, null, [], [], [], at);

    /// <summary><c>monitoring.gates</c>: the service's delivery gate policy, over its profile's.</summary>
    public GateSettings Gates { get; init; } = GateSettings.Empty;
}

/// <summary>Where a service's metrics catalog lives: a git URL (or local path) and a ref.</summary>
public sealed record MetricsCatalogReference(string Url, string Ref, SourceLocation Location);

/// <summary><c>monitoring.overrides.&lt;env&gt;</c>: the highest layer, per environment (or tier).</summary>
public sealed record ServiceOverride(
    Located<string> Key,
    Located<double>? SloAvailability,
    Located<double>? SloLatencyP95Ms,
    Located<double>? SloLatencyP99Ms,
    Located<double>? SloErrorRate,
    IReadOnlyList<AlertRule> AlertRules,
    SourceLocation AlertRulesLocation)
{
    /// <summary><c>monitoring.overrides.&lt;env&gt;.gates</c>: the highest catalog layer of gate policy.</summary>
    public GateSettings Gates { get; init; } = GateSettings.Empty;
}
