namespace Pharos.Conditions.Symbols;

/// <summary>What the resolved configuration knows that conditions may refer to: its custom metrics.</summary>
public interface IConditionSymbols
{
    /// <summary>Finds a custom metric by its exact name.</summary>
    bool TryGetCustomMetric(string name, out CustomMetricType type);

    /// <summary>Every custom metric name, for "did you mean" suggestions.</summary>
    IEnumerable<string> CustomMetricNames { get; }
}
