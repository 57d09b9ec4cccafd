namespace Pharos.Evaluation.MetricEvents;

/// <summary>
/// Dynatrace's auto-adaptive threshold [DOCS "Auto-adaptive thresholds for anomaly detection"]: from the
/// one-minute values of the last seven days, the baseline is the 99th percentile and the signal fluctuation
/// the interquartile range (75th − 25th percentile); the threshold is baseline + n × fluctuation, with n =
/// <c>signalFluctuation</c>. BELOW mirrors it on the 1st percentile (baseline − n × IQR) [INFERRED]; OUTSIDE
/// uses both. Recomputed daily by <see cref="BaselineCache"/>.
/// </summary>
internal static class AutoAdaptiveBaseline
{
    public const int HistoryDays = 7;

    public static ThresholdBounds Compute(ReadOnlySpan<double> history, ModelProperties model, int minimumSamples)
    {
        var sorted = Percentiles.SortedPresent(history);
        if (sorted.Length < Math.Max(1, minimumSamples))
        {
            return ThresholdBounds.Learning;
        }

        var p99 = Percentiles.Of(sorted, 99);
        var p1 = Percentiles.Of(sorted, 1);
        var iqr = Percentiles.Of(sorted, 75) - Percentiles.Of(sorted, 25);
        var upper = p99 + (model.SignalFluctuation * iqr);
        var lower = p1 - (model.SignalFluctuation * iqr);
        var baseline = model.AlertCondition switch
        {
            AlertCondition.Above => p99,
            AlertCondition.Below => p1,
            _ => Percentiles.Of(sorted, 50),
        };
        return ThresholdBounds.For(model.AlertCondition, lower, upper, baseline);
    }
}
