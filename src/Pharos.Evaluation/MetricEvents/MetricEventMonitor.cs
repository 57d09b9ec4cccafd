using Pharos.Evaluation.Entities;
using Pharos.Evaluation.Series;

namespace Pharos.Evaluation.MetricEvents;

/// <summary>
/// Evaluates one metric event, minute by minute, over all its split series. Per series it keeps a
/// <see cref="SlidingWindow"/> and applies Dynatrace's sliding-window rules [DOCS "Anomaly detection
/// configuration", sliding window; schema descriptions of modelProperties]:
/// <list type="bullet">
/// <item>raise when at least <c>violatingSamples</c> of the last <c>samples</c> one-minute samples violate;
/// with <c>alertOnNoData</c>, missing samples count as violating;</item>
/// <item>close when both hold: fewer than <c>violatingSamples</c> of the last <c>samples</c> violate, and at
/// least <c>dealertingSamples</c> of the last max(samples, dealertingSamples) are back to normal (without
/// <c>alertOnNoData</c>, missing samples count as normal).</item>
/// </list>
/// </summary>
internal sealed class MetricEventMonitor
{
    private readonly Dictionary<string, SeriesAlertState> _series = new(StringComparer.Ordinal);
    private readonly List<string> _expired = [];

    public MetricEventMonitor(MetricEventConfig config, string fingerprint, EvaluationOptions options)
    {
        Config = config;
        Fingerprint = fingerprint;
        QueryKey = MetricEventFingerprint.OfQuery(config.Query);
        Baselines = config.Model.Type == ModelType.StaticThreshold ? null : new BaselineCache(config.Model, options);
    }

    public MetricEventConfig Config { get; }

    public string Fingerprint { get; }

    /// <summary>Identifies the query, so metric events with the same query share one read per cycle.</summary>
    public string QueryKey { get; }

    public BaselineCache? Baselines { get; }

    public long? LastEvaluatedMinute { get; set; }

    public int SeriesCount => _series.Count;

    public IEnumerable<SeriesAlertState> Series => _series.Values;

    public IEnumerable<DavisEvent> OpenEvents => _series.Values.Where(s => s.OpenEvent is not null).Select(s => s.OpenEvent!);

    public void Restore(SeriesAlertState state) => _series[state.Dimensions.Key] = state;

    /// <summary>Evaluates <paramref name="minute"/>; <paramref name="data"/> holds one value per minute from <paramref name="dataFromMinute"/>.</summary>
    public void Step(long minute, MetricSeriesResult data, long dataFromMinute, IEntityDirectory entities, List<EventTransition> output)
    {
        var index = (int)(minute - dataFromMinute);
        var metricName = data.MetricDisplayName ?? Config.Query.Text;
        foreach (var series in data.Series)
        {
            var span = series.Values.Span;
            var value = index >= 0 && index < span.Length ? span[index] : double.NaN;
            var key = series.Dimensions.Key;
            if (!_series.TryGetValue(key, out var state))
            {
                if (double.IsNaN(value))
                {
                    // A series is tracked from its first value; before that it is not "missing".
                    continue;
                }

                state = new SeriesAlertState(series.Dimensions, new SlidingWindow(Config.Model.WindowLength), minute);
                _series.Add(key, state);
            }
            else if (state.StepMinute == minute)
            {
                continue;
            }

            Push(state, minute, value, metricName, entities, output);
        }

        foreach (var state in _series.Values)
        {
            if (state.StepMinute != minute)
            {
                Push(state, minute, double.NaN, metricName, entities, output);
            }

            // A series without data for a whole window and nothing open is forgotten; it starts fresh if it
            // returns. With alertOnNoData its absence is what is being watched, so it is kept.
            if (state.OpenEvent is null && !Config.Model.AlertOnNoData && minute - state.LastPresentMinute >= state.Window.Capacity)
            {
                _expired.Add(state.Dimensions.Key);
            }
        }

        foreach (var key in _expired)
        {
            _series.Remove(key);
        }

        _expired.Clear();
    }

    /// <summary>Closes every open event (the metric event was deleted, disabled or changed).</summary>
    public void CloseAll(DateTimeOffset at, List<EventTransition> output)
    {
        foreach (var state in _series.Values.OrderBy(s => s.Dimensions.Key, StringComparer.Ordinal))
        {
            if (state.OpenEvent is { } open)
            {
                var closed = open with { EndTime = at };
                state.OpenEvent = null;
                output.Add(new EventTransition(EventTransitionKind.Closed, closed, at));
            }
        }
    }

    private void Push(SeriesAlertState state, long minute, double value, string metricName, IEntityDirectory entities, List<EventTransition> output)
    {
        var bounds = BoundsFor(state, minute);
        var kind = double.IsNaN(value) ? SampleKind.Missing : bounds.IsViolatedBy(value) ? SampleKind.Violating : SampleKind.Normal;
        state.Window.Push(kind);
        state.StepMinute = minute;
        if (!double.IsNaN(value))
        {
            state.LastPresentMinute = minute;
            state.LastValue = value;
        }

        var model = Config.Model;
        var window = state.Window;
        var missing = window.Count(SampleKind.Missing, model.Samples);
        var violating = window.Count(SampleKind.Violating, model.Samples) + (model.AlertOnNoData ? missing : 0);
        var at = EvaluationMinutes.Start(minute);
        if (state.OpenEvent is null)
        {
            if (violating >= model.ViolatingSamples)
            {
                state.OpenEvent = Raise(state, at, value, bounds, missing, violating, metricName, entities);
                output.Add(new EventTransition(EventTransitionKind.Raised, state.OpenEvent, at));
            }

            return;
        }

        var normal = window.Count(SampleKind.Normal, model.WindowLength) + (model.AlertOnNoData ? 0 : window.Count(SampleKind.Missing, model.WindowLength));
        if (violating < model.ViolatingSamples && normal >= model.DealertingSamples)
        {
            var closed = state.OpenEvent with { EndTime = at };
            state.OpenEvent = null;
            output.Add(new EventTransition(EventTransitionKind.Closed, closed, at));
        }
    }

    private ThresholdBounds BoundsFor(SeriesAlertState state, long minute)
    {
        var model = Config.Model;
        return Baselines is null
            ? ThresholdBounds.For(model.AlertCondition, model.Threshold, model.Threshold, model.Threshold)
            : Baselines.BoundsFor(state.Dimensions.Key, minute);
    }

    private DavisEvent Raise(
        SeriesAlertState state, DateTimeOffset at, double value, ThresholdBounds bounds, int missing, int violating, string metricName, IEntityDirectory entities)
    {
        var entity = EventEntity.For(state.Dimensions, Config.EventEntityDimensionKey, entities);
        var template = Config.Template;
        var values = new TemplateValues(metricName, Config.Model.AlertCondition, bounds, double.IsNaN(value) ? null : value, state.Dimensions, entity, missing);
        var eventType = EventTypes.ApiEventType(template.EventType);
        var properties = template.Metadata
            .Select(m => new KeyValuePair<string, string>(m.Key, EventTemplateRenderer.Render(m.Value, values, entities)))
            .Append(new KeyValuePair<string, string>("dt.event.allow_davis_merge", template.DavisMerge ? "true" : "false"))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .Select(g => g.Last())
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        var key = state.Dimensions.Key;
        return new DavisEvent(
            EventIdentity.EventId(Config.ObjectId, key, at),
            EventIdentity.CorrelationId(Config.ObjectId, key, at),
            Config.ObjectId,
            Config.Summary,
            eventType,
            EventTypes.ProblemSeverityOf(eventType),
            EventTemplateRenderer.Render(template.Title, values, entities),
            EventTemplateRenderer.Render(template.Description, values, entities),
            entity,
            state.Dimensions,
            properties,
            at,
            null,
            template.DavisMerge,
            double.IsNaN(value) ? null : value,
            double.IsNaN(bounds.Threshold) ? null : bounds.Threshold,
            violating,
            missing);
    }
}
