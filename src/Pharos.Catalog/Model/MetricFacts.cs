namespace Pharos.Catalog.Model;

/// <summary>What the catalog accepts for custom metrics, and how it maps onto Dynatrace.</summary>
public static class MetricFacts
{
    public static IReadOnlyList<string> Types { get; } = ["counter", "gauge", "histogram", "summary"];

    /// <summary>Catalog unit → Dynatrace unit name (builtin:metric.metadata <c>unit</c>).</summary>
    public static IReadOnlyDictionary<string, string> Units { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["bytes"] = "Byte",
        ["count"] = "Count",
        // Dynatrace has no currency unit; the amount is dimensioned by a currency dimension instead.
        ["currency"] = "Unspecified",
        ["kilobytes"] = "KiloByte",
        ["megabytes"] = "MegaByte",
        ["microseconds"] = "MicroSecond",
        ["milliseconds"] = "MilliSecond",
        ["nanoseconds"] = "NanoSecond",
        ["percent"] = "Percent",
        ["ratio"] = "Ratio",
        ["requests_per_minute"] = "PerMinute",
        ["requests_per_second"] = "PerSecond",
        ["seconds"] = "Second",
        ["unspecified"] = "Unspecified",
    };

    public static IReadOnlyList<string> Aggregations { get; } =
        ["avg", "count", "max", "median", "min", "p50", "p75", "p90", "p95", "p99", "sum", "value"];
}

/// <summary>What the catalog accepts in alert rules.</summary>
public static class AlertFacts
{
    public static IReadOnlyList<string> Severities { get; } = ["info", "warning", "critical"];

    public static IReadOnlyList<string> Targets { get; } =
        ["APPLICATION", "DATABASE", "HOST", "JOB", "KAFKA", "KUBERNETES_WORKLOAD", "PROCESS_GROUP", "SERVICE"];
}
