namespace Pharos.Evaluation.MetricEvents;

/// <summary>Knobs of the metric-event engine. The defaults are what the local environment runs with.</summary>
public sealed record EvaluationOptions
{
    /// <summary>
    /// After the clock jumps forward (or the process slept), at most this many missed minutes are evaluated
    /// one by one; older minutes are skipped. A backward jump evaluates nothing until the clock passes the
    /// last evaluated minute again.
    /// </summary>
    public int MaxCatchUpMinutes { get; init; } = 60;

    /// <summary>An auto-adaptive threshold is only computed from at least this many one-minute values; until then the series is learning.</summary>
    public int MinimumAdaptiveSamples { get; init; } = 60;

    /// <summary>How often learned baselines are recomputed (Dynatrace: daily).</summary>
    public int BaselineRefreshMinutes { get; init; } = 1440;

    /// <summary>How soon a baseline is retried for a series that is still learning.</summary>
    public int BaselineRetryMinutes { get; init; } = 60;
}
