namespace Pharos.Evaluation.MetricEvents;

/// <summary>What one evaluation cycle did: the event changes, in time order, and any query that failed.</summary>
public sealed record EvaluationCycle(
    IReadOnlyList<EventTransition> Transitions,
    IReadOnlyList<MetricEventError> Errors,
    int MinutesEvaluated,
    int SeriesEvaluated);

/// <summary>A metric event whose query could not be answered; its state was left unchanged for those minutes.</summary>
public sealed record MetricEventError(string ConfigId, string Summary, string Message);
