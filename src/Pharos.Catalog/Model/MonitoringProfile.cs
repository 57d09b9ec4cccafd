using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Model;

/// <summary>One entry of monitoring-profiles.yaml (seed 001 §2).</summary>
public sealed record MonitoringProfile(
    string Name,
    string? Description,
    DynatraceProfile Dynatrace,
    SloDefinition Slos,
    IReadOnlyList<ProfileOverride> EnvironmentOverrides,
    PrometheusSettings? Prometheus,
    SourceLocation Location)
{
    /// <summary>The <c>gates:</c> block: delivery gate policy for every service using the profile.</summary>
    public GateSettings Gates { get; init; } = GateSettings.Empty;
}

public sealed record DynatraceProfile(
    bool Enabled,
    bool Primary,
    ApplicationSettings Application,
    IReadOnlyList<AlertRule> AlertRules,
    IReadOnlyList<CustomMetric> CustomMetrics,
    SourceLocation Location);

public sealed record ApplicationSettings(
    IReadOnlyList<Located<string>> MonitoredTechnologies,
    Located<string>? RequestNaming,
    IReadOnlyList<RequestAttribute> RequestAttributes)
{
    public static ApplicationSettings Empty { get; } = new([], null, []);
}

/// <summary>A request attribute and where Dynatrace reads it from (e.g. a Kubernetes label).</summary>
public sealed record RequestAttribute(string Name, string SourceKind, string SourceValue, SourceLocation Location);

/// <summary>The profile's SLO baselines; every value is optional so overrides can set a subset.</summary>
public sealed record SloDefinition(TierValues? Availability, LatencyValues? Latency, TierValues? ErrorRate)
{
    public static SloDefinition Empty { get; } = new(null, null, null);
}

public sealed record TierValues(Located<double>? Int, Located<double>? Pre, Located<double>? Prod)
{
    public Located<double>? ForTier(string tier) => tier switch
    {
        "int" => Int,
        "pre" => Pre,
        "prod" => Prod,
        _ => null,
    };
}

public sealed record LatencyValues(Located<double>? P95, Located<double>? P99);

/// <summary><c>environmentOverrides.&lt;env or tier&gt;</c> of a profile.</summary>
public sealed record ProfileOverride(
    Located<string> Key,
    Located<double>? Availability,
    LatencyValues? Latency,
    Located<double>? ErrorRate,
    IReadOnlyList<AlertRule> AlertRules,
    SourceLocation AlertRulesLocation)
{
    /// <summary><c>environmentOverrides.&lt;env&gt;.gates</c>: gate policy for that environment.</summary>
    public GateSettings Gates { get; init; } = GateSettings.Empty;
}

/// <summary>The optional Prometheus block of seed 001 §11.2: collection only, never alerting.</summary>
public sealed record PrometheusSettings(bool Enabled, bool Primary, string? Purpose, string? ScrapeInterval, string? Path);
