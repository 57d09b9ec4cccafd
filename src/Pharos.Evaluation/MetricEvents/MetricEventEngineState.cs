using Pharos.Evaluation.Series;

namespace Pharos.Evaluation.MetricEvents;

/// <summary>
/// Everything the metric-event engine must remember across a restart: per metric event, the last evaluated
/// minute and, per series, the sliding window and the open event. Serialise with
/// <see cref="EvaluationJson.Options"/>. Learned baselines are recomputed from data and are not part of it.
/// </summary>
public sealed record MetricEventEngineState(int Version, IReadOnlyList<MetricEventMonitorState> Monitors)
{
    public const int CurrentVersion = 1;
}

/// <param name="Fingerprint">Of the configuration the state belongs to; state of a changed configuration is discarded and its open events closed.</param>
public sealed record MetricEventMonitorState(
    string ObjectId,
    string Fingerprint,
    long? LastEvaluatedMinute,
    IReadOnlyList<SeriesWindowState> Series);

/// <param name="Window">The sliding window, oldest sample first: N normal, V violating, M missing.</param>
public sealed record SeriesWindowState(
    SeriesDimensions Dimensions,
    string Window,
    long LastPresentMinute,
    double? LastValue,
    DavisEvent? OpenEvent);
