using Pharos.Evaluation.Entities;
using Pharos.Evaluation.Series;

namespace Pharos.Evaluation.MetricEvents;

/// <summary>
/// Evaluates every enabled metric event on stored data. Call <see cref="EvaluateAsync"/> every minute (or on
/// demand with any clock): for each metric event it evaluates every complete minute not yet evaluated, that is
/// up to <c>now − 1 min − queryOffset</c>, catching up at most <see cref="EvaluationOptions.MaxCatchUpMinutes"/>.
/// Deterministic: the same configurations, data and times give the same transitions and ids. Not thread-safe;
/// one evaluation loop owns it.
/// </summary>
public sealed class MetricEventEngine
{
    private readonly IMetricSeriesSource _source;
    private readonly IEntityDirectory _entities;
    private readonly EvaluationOptions _options;
    private readonly SortedDictionary<string, MetricEventMonitor> _monitors = new(StringComparer.Ordinal);
    private readonly List<MetricEventMonitor> _retired = [];

    public MetricEventEngine(IMetricSeriesSource source, IEntityDirectory entities, EvaluationOptions? options = null)
    {
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _entities = entities ?? throw new ArgumentNullException(nameof(entities));
        _options = options ?? new EvaluationOptions();
    }

    public IReadOnlyList<MetricEventConfig> Configs => [.. _monitors.Values.Select(m => m.Config)];

    public IReadOnlyList<DavisEvent> OpenEvents => [.. _monitors.Values.SelectMany(m => m.OpenEvents)];

    /// <summary>
    /// Replaces the evaluated configurations. Unchanged ones keep their state; the open events of removed,
    /// disabled or changed ones are closed at the next cycle.
    /// </summary>
    public void SetConfigs(IEnumerable<MetricEventConfig> configs)
    {
        ArgumentNullException.ThrowIfNull(configs);
        var wanted = new Dictionary<string, MetricEventConfig>(StringComparer.Ordinal);
        foreach (var config in configs.Where(c => c.Enabled))
        {
            wanted[config.ObjectId] = config;
        }

        foreach (var (id, monitor) in _monitors.ToList())
        {
            if (!wanted.TryGetValue(id, out var config) || MetricEventFingerprint.Of(config) != monitor.Fingerprint)
            {
                _monitors.Remove(id);
                _retired.Add(monitor);
            }
        }

        foreach (var (id, config) in wanted)
        {
            if (!_monitors.ContainsKey(id))
            {
                _monitors.Add(id, new MetricEventMonitor(config, MetricEventFingerprint.Of(config), _options));
            }
        }
    }

    public async ValueTask<EvaluationCycle> EvaluateAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var transitions = new List<EventTransition>();
        var errors = new List<MetricEventError>();
        var closeAt = EvaluationMinutes.Start(EvaluationMinutes.Of(now) - 1);
        foreach (var retired in _retired)
        {
            retired.CloseAll(closeAt, transitions);
        }

        _retired.Clear();
        var reads = new Dictionary<(string, long, int), MetricSeriesResult>();
        var minutes = 0;
        var series = 0;
        foreach (var monitor in _monitors.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var target = EvaluationMinutes.Of(now) - 1 - (monitor.Config.Query.QueryOffset ?? 0);
            var first = monitor.LastEvaluatedMinute is { } last ? Math.Max(last + 1, target - _options.MaxCatchUpMinutes + 1) : target;
            if (first > target)
            {
                continue;
            }

            var count = (int)(target - first + 1);
            if (monitor.Baselines is { } baselines && baselines.NeedsRefresh(first))
            {
                var historyFrom = first - baselines.HistoryMinutes;
                var history = await ReadAsync(monitor, historyFrom, baselines.HistoryMinutes, reads, cancellationToken).ConfigureAwait(false);
                if (!history.IsError)
                {
                    baselines.Load(history, historyFrom, first);
                }
            }

            var data = await ReadAsync(monitor, first, count, reads, cancellationToken).ConfigureAwait(false);
            if (data.IsError)
            {
                errors.Add(new MetricEventError(monitor.Config.ObjectId, monitor.Config.Summary, data.Error!));
                continue;
            }

            for (var minute = first; minute <= target; minute++)
            {
                monitor.Step(minute, data, first, _entities, transitions);
                series += monitor.SeriesCount;
            }

            monitor.LastEvaluatedMinute = target;
            minutes += count;
        }

        transitions.Sort(TransitionOrder.Instance);
        return new EvaluationCycle(transitions, errors, minutes, series);
    }

    public MetricEventEngineState ExportState() => new(
        MetricEventEngineState.CurrentVersion,
        [.. _monitors.Values.Select(m => new MetricEventMonitorState(
            m.Config.ObjectId,
            m.Fingerprint,
            m.LastEvaluatedMinute,
            [.. m.Series.OrderBy(s => s.Dimensions.Key, StringComparer.Ordinal).Select(s => new SeriesWindowState(
                s.Dimensions, s.Window.ToText(), s.LastPresentMinute, double.IsNaN(s.LastValue) ? null : s.LastValue, s.OpenEvent))]))]);

    /// <summary>
    /// Restores state saved by <see cref="ExportState"/>; call after <see cref="SetConfigs"/>. State of a metric
    /// event that no longer exists or whose configuration changed is not restored: its open events are closed
    /// at the next cycle.
    /// </summary>
    public void ImportState(MetricEventEngineState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        foreach (var saved in state.Monitors)
        {
            if (_monitors.TryGetValue(saved.ObjectId, out var monitor) && monitor.Fingerprint == saved.Fingerprint)
            {
                monitor.LastEvaluatedMinute = saved.LastEvaluatedMinute;
                foreach (var s in saved.Series)
                {
                    monitor.Restore(new SeriesAlertState(s.Dimensions, SlidingWindow.FromText(s.Window, monitor.Config.Model.WindowLength), s.LastPresentMinute)
                    {
                        LastValue = s.LastValue ?? double.NaN,
                        OpenEvent = s.OpenEvent,
                    });
                }
            }
            else
            {
                var open = saved.Series.Where(s => s.OpenEvent is not null).ToList();
                if (open.Count == 0)
                {
                    continue;
                }

                var orphan = new MetricEventMonitor(OrphanConfig(saved.ObjectId, open[0].OpenEvent!), saved.Fingerprint, _options);
                foreach (var s in open)
                {
                    orphan.Restore(new SeriesAlertState(s.Dimensions, new SlidingWindow(1), s.LastPresentMinute) { OpenEvent = s.OpenEvent });
                }

                _retired.Add(orphan);
            }
        }
    }

    private async ValueTask<MetricSeriesResult> ReadAsync(
        MetricEventMonitor monitor, long fromMinute, int count, Dictionary<(string, long, int), MetricSeriesResult> reads, CancellationToken cancellationToken)
    {
        var key = (monitor.QueryKey, fromMinute, count);
        if (!reads.TryGetValue(key, out var result))
        {
            try
            {
                result = await _source.QueryAsync(new MetricSeriesQuery(monitor.Config.Query, EvaluationMinutes.Start(fromMinute), count), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                result = MetricSeriesResult.Failed(ex.Message);
            }

            reads[key] = result;
        }

        return result;
    }

    // Only used to close the open events of a metric event that disappeared while the process was down.
    private static MetricEventConfig OrphanConfig(string objectId, DavisEvent e) => new(
        objectId,
        true,
        e.Summary,
        new MetricQueryDefinition(QueryType.MetricKey, "", null, MetricAggregation.Avg, null, null, [], null),
        new ModelProperties(ModelType.StaticThreshold, 0, false, AlertCondition.Above, 1, 3, 3, 1, 4),
        new EventTemplate(e.Title, e.Description, MetricEventType.CustomAlert, e.DavisMerge, []),
        null,
        null);

    private sealed class TransitionOrder : IComparer<EventTransition>
    {
        public static TransitionOrder Instance { get; } = new();

        public int Compare(EventTransition? x, EventTransition? y)
        {
            var byTime = x!.At.CompareTo(y!.At);
            if (byTime != 0)
            {
                return byTime;
            }

            // Closes first: a series that closes and another that raises in the same minute is two problems, not one.
            var byKind = y.Kind.CompareTo(x.Kind);
            if (byKind != 0)
            {
                return byKind;
            }

            var byConfig = string.CompareOrdinal(x.Event.ConfigId, y.Event.ConfigId);
            return byConfig != 0 ? byConfig : string.CompareOrdinal(x.Event.Dimensions.Key, y.Event.Dimensions.Key);
        }
    }
}
