using Pharos.Conditions.Symbols;

namespace Pharos.Sync.Translation;

/// <summary>
/// The Dynatrace metric key of a catalog custom metric. Applications send custom metrics through
/// OneAgent's metric ingestion (line protocol), which suffixes the key of a count payload with
/// <c>.count</c> and of a gauge whose key ends in <c>.count</c> with <c>.gauge</c>
/// (reference/dynatrace-api/metric-ingestion-protocol.md). Counters are count payloads; gauges,
/// histograms and summaries are gauge payloads.
/// </summary>
public static class DynatraceMetricKeys
{
    public static string For(string catalogName, CustomMetricType type)
    {
        var endsWithCount = catalogName.EndsWith(".count", StringComparison.Ordinal);
        return type == CustomMetricType.Counter
            ? endsWithCount ? catalogName : catalogName + ".count"
            : endsWithCount ? catalogName + ".gauge" : catalogName;
    }
}
