using Pharos.Evaluation.Series;

namespace Pharos.Evaluation.MetricEvents;

/// <summary>
/// Learned baselines of one metric event, per series. They are derived from stored data, so they are not
/// part of the persisted state: after a restart they are recomputed from the same data and come out the same.
/// </summary>
internal sealed class BaselineCache(ModelProperties model, EvaluationOptions options)
{
    private readonly Dictionary<string, ThresholdBounds> _adaptive = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SeasonalBaseline> _seasonal = new(StringComparer.Ordinal);
    private long? _refreshedAt;
    private bool _learningSeen;

    public int HistoryMinutes => (model.Type == ModelType.SeasonalBaseline ? SeasonalBaseline.HistoryDays : AutoAdaptiveBaseline.HistoryDays) * 1440;

    public bool NeedsRefresh(long minute) =>
        _refreshedAt is not { } at
        || minute - at >= options.BaselineRefreshMinutes
        || (_learningSeen && minute - at >= options.BaselineRetryMinutes);

    /// <param name="history">The query result over <see cref="HistoryMinutes"/> minutes ending before <paramref name="minute"/>.</param>
    public void Load(MetricSeriesResult history, long historyFromMinute, long minute)
    {
        _adaptive.Clear();
        _seasonal.Clear();
        _refreshedAt = minute;
        _learningSeen = false;
        foreach (var series in history.Series)
        {
            if (model.Type == ModelType.SeasonalBaseline)
            {
                if (SeasonalBaseline.Compute(series.Values.Span, historyFromMinute) is { } seasonal)
                {
                    _seasonal[series.Dimensions.Key] = seasonal;
                }
            }
            else
            {
                var bounds = AutoAdaptiveBaseline.Compute(series.Values.Span, model, options.MinimumAdaptiveSamples);
                if (!bounds.IsLearning)
                {
                    _adaptive[series.Dimensions.Key] = bounds;
                }
            }
        }
    }

    public ThresholdBounds BoundsFor(string seriesKey, long minute)
    {
        if (model.Type == ModelType.SeasonalBaseline && _seasonal.TryGetValue(seriesKey, out var seasonal))
        {
            return seasonal.BoundsAt(minute, model);
        }

        if (model.Type == ModelType.AutoAdaptiveThreshold && _adaptive.TryGetValue(seriesKey, out var bounds))
        {
            return bounds;
        }

        _learningSeen = true;
        return ThresholdBounds.Learning;
    }
}
