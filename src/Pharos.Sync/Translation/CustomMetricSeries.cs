using Pharos.Catalog.Model;
using Pharos.Conditions.Symbols;

namespace Pharos.Sync.Translation;

/// <summary>
/// Which metric-selector aggregation reads a custom metric the way the catalog declared it.
/// Metrics ingested through the line protocol keep min, max, sum and count per minute, so
/// avg/sum/min/max/count/value map one to one; a percentile or median cannot be computed and is
/// approximated (max for p90 and above, which never alerts later than the percentile would;
/// avg otherwise), with diagnostic PH3005.
/// </summary>
internal static class CustomMetricSeries
{
    public static string Key(CustomMetric? metric, string name, CustomMetricType fallbackType) =>
        DynatraceMetricKeys.For(name, TypeOf(metric) ?? fallbackType);

    public static CustomMetricType? TypeOf(CustomMetric? metric) =>
        metric?.Type is { } type && Conditions.Symbols.ConditionSymbols.TryParseMetricType(type.Value, out var parsed) ? parsed : null;

    /// <summary>The aggregation to apply, and whether it only approximates the declared one.</summary>
    public static (string Aggregation, bool Approximated) Aggregation(CustomMetric? metric, CustomMetricType type)
    {
        var declared = metric?.Aggregation?.Value.Trim().ToLowerInvariant();
        return declared switch
        {
            "avg" or "sum" or "min" or "max" or "count" or "value" => (declared, false),
            "p90" or "p95" or "p99" => ("max", true),
            "median" or "p50" or "p75" => ("avg", true),
            _ => (type == CustomMetricType.Counter ? "sum" : "avg", false),
        };
    }
}
