namespace Pharos.Conditions.Symbols;

/// <summary>An immutable <see cref="IConditionSymbols"/> over a name → type table.</summary>
public sealed class ConditionSymbols : IConditionSymbols
{
    private readonly Dictionary<string, CustomMetricType> _metrics;

    public ConditionSymbols(IEnumerable<KeyValuePair<string, CustomMetricType>> customMetrics)
    {
        _metrics = new Dictionary<string, CustomMetricType>(StringComparer.Ordinal);
        foreach (var (name, type) in customMetrics)
        {
            _metrics[name] = type;
        }
    }

    public static ConditionSymbols Empty { get; } = new([]);

    public IEnumerable<string> CustomMetricNames => _metrics.Keys;

    public bool TryGetCustomMetric(string name, out CustomMetricType type) => _metrics.TryGetValue(name, out type);

    /// <summary>Reads a catalog metric type ("counter", "gauge", "histogram", "summary"; case-insensitive).</summary>
    public static bool TryParseMetricType(string? text, out CustomMetricType type)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "counter":
                type = CustomMetricType.Counter;
                return true;
            case "gauge":
                type = CustomMetricType.Gauge;
                return true;
            case "histogram":
                type = CustomMetricType.Histogram;
                return true;
            case "summary":
                type = CustomMetricType.Summary;
                return true;
            default:
                type = default;
                return false;
        }
    }
}
