using Pharos.Catalog.Diagnostics;
using Pharos.Catalog.Model;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Resolution;

/// <summary>Checks each metric and alert rule on its own, in whatever layer it is written.</summary>
internal static class ItemValidator
{
    public static void Check(CustomMetric metric, IDiagnosticSink sink)
    {
        if (MetricKeyRules.Check(metric.Name) is { } reason)
        {
            sink.Add(CatalogDiagnostics.InvalidMetricKey(metric.Location, metric.Name, reason));
        }

        if (metric.Type is { } type && !MetricFacts.Types.Contains(type.Value))
        {
            sink.Add(CatalogDiagnostics.UnknownMetricType(type.Location, metric.Name, type.Value));
        }

        if (metric.Unit is { } unit && !MetricFacts.Units.ContainsKey(unit.Value))
        {
            sink.Add(CatalogDiagnostics.UnknownUnit(unit.Location, metric.Name, unit.Value));
        }

        if (metric.Aggregation is { } aggregation && !MetricFacts.Aggregations.Contains(aggregation.Value))
        {
            sink.Add(CatalogDiagnostics.UnknownAggregation(aggregation.Location, metric.Name, aggregation.Value));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dimension in metric.Dimensions)
        {
            if (!MetricKeyRules.IsValidDimensionKey(dimension.Value))
            {
                sink.Add(CatalogDiagnostics.InvalidDimension(dimension.Location, metric.Name, dimension.Value));
            }
            else if (!seen.Add(dimension.Value))
            {
                sink.Add(CatalogDiagnostics.DuplicateListValue(dimension.Location, "dimensions", dimension.Value));
            }
        }
    }

    public static void Check(AlertRule rule, IDiagnosticSink sink)
    {
        if (rule.Severity is { } severity && !AlertFacts.Severities.Contains(severity.Value))
        {
            sink.Add(CatalogDiagnostics.InvalidSeverity(severity.Location, rule.Name, severity.Value));
        }

        foreach (var target in rule.Targets)
        {
            if (!AlertFacts.Targets.Contains(target.Value))
            {
                sink.Add(CatalogDiagnostics.UnknownTarget(target.Location, rule.Name, target.Value));
            }
        }
    }

    /// <summary>Metric types must agree across layers: Dynatrace cannot change a metric's type.</summary>
    public static void CheckShadow(CustomMetric higher, CustomMetric lower, IDiagnosticSink sink)
    {
        if (higher.Type is { } a && lower.Type is { } b && a.Value != b.Value)
        {
            sink.Add(CatalogDiagnostics.MetricTypeConflict(a.Location, higher.Name, a.Value, b.Value, b.Location));
        }
    }
}
