namespace Pharos.Metrics.Ingest;

/// <summary>A key the suffix rule changed; reported as a <c>changedMetricKeys</c> warning.</summary>
public sealed record MetricKeyChange(int Line, string OriginalKey, string NewKey)
{
    /// <summary>The warning text, worded as Dynatrace words it.</summary>
    public string Warning => $"metric key '{OriginalKey}' changed to '{NewKey}'";
}
