using Pharos.Evaluation.Series;

namespace Pharos.Evaluation.MetricEvents;

/// <summary>The evaluator's memory of one split series of one metric event.</summary>
internal sealed class SeriesAlertState(SeriesDimensions dimensions, SlidingWindow window, long lastPresentMinute)
{
    public SeriesDimensions Dimensions { get; } = dimensions;

    public SlidingWindow Window { get; } = window;

    public long LastPresentMinute { get; set; } = lastPresentMinute;

    public double LastValue { get; set; } = double.NaN;

    /// <summary>The minute last pushed into <see cref="Window"/>; guards against a minute being counted twice.</summary>
    public long StepMinute { get; set; } = long.MinValue;

    public DavisEvent? OpenEvent { get; set; }
}
