using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Model;

/// <summary>
/// A custom metric definition. Inline metrics in services.yaml nest unit, aggregation and
/// dimensions under <c>dynatrace:</c>; metrics-catalog files put them at the top level. Both load
/// into this one shape.
/// </summary>
public sealed record CustomMetric(
    string Name,
    Located<string>? Type,
    string? Description,
    Located<string>? Unit,
    Located<string>? Aggregation,
    IReadOnlyList<Located<string>> Dimensions,
    string? Source,
    bool Enabled,
    SourceLocation Location);

public sealed record Dashboard(string Name, string? Description, IReadOnlyList<DashboardPanel> Panels, SourceLocation Location);

public sealed record DashboardPanel(string Title, string? Metric, string? Type);

/// <summary>The payload of one metrics-catalog ConfigMap (<c>dynatrace-custom-metrics.json</c>).</summary>
public sealed record MetricsCatalogDocument(
    string File,
    IReadOnlyList<CustomMetric> CustomMetrics,
    IReadOnlyList<AlertRule> AlertRules,
    IReadOnlyList<Dashboard> Dashboards,
    SourceLocation Location)
{
    public static MetricsCatalogDocument Empty(string file) => new(file, [], [], [], new SourceLocation(file, 1, 1));
}
