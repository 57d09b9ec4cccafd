using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Notifications;
using Pharos.Evaluation.Problems;

namespace Pharos.Evaluation;

/// <summary>What one pipeline cycle did.</summary>
public sealed record PipelineCycle(EvaluationCycle Evaluation, IReadOnlyList<ProblemChange> ProblemChanges, IReadOnlyList<DeliveryLogEntry> Deliveries);

/// <summary>Everything the pipeline persists, so a restart mid-problem resumes where it stopped.</summary>
public sealed record EvaluationState(MetricEventEngineState Events, ProblemTrackerState Problems, NotificationPlannerState Notifications);

/// <summary>
/// One cycle of Davis-style evaluation: metric events → events → problems → notifications. The local
/// environment runs it every minute from a timer; alert tests run it under a virtual clock. Not thread-safe.
/// </summary>
public sealed class EvaluationPipeline(MetricEventEngine engine, ProblemTracker problems, NotificationPlanner planner, NotificationDispatcher dispatcher, IDeliveryLog log)
{
    public MetricEventEngine Engine { get; } = engine ?? throw new ArgumentNullException(nameof(engine));

    public ProblemTracker Problems { get; } = problems ?? throw new ArgumentNullException(nameof(problems));

    public NotificationPlanner Planner { get; } = planner ?? throw new ArgumentNullException(nameof(planner));

    public async ValueTask<PipelineCycle> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var evaluation = await Engine.EvaluateAsync(now, cancellationToken).ConfigureAwait(false);
        var changes = Problems.Apply(evaluation.Transitions);
        var notSent = Planner.Apply(changes, now);
        foreach (var entry in notSent)
        {
            log.Append(entry);
        }

        var sent = await dispatcher.DispatchAsync(now, cancellationToken).ConfigureAwait(false);
        return new PipelineCycle(evaluation, changes, [.. notSent, .. sent]);
    }

    /// <summary>
    /// Applies event transitions that did not come from metric events (the local environment's Events API:
    /// ingested events and their timeouts, problems closed by hand) between cycles: problems change at once and
    /// notifications are planned; they are sent by the next <see cref="RunAsync"/>.
    /// </summary>
    public IReadOnlyList<ProblemChange> ApplyExternal(IEnumerable<EventTransition> transitions, DateTimeOffset now) =>
        Plan(Problems.Apply(transitions), now);

    /// <summary>Like <see cref="ApplyExternal"/> for events one report raised together (<see cref="ProblemTracker.RaiseTogether"/>).</summary>
    public IReadOnlyList<ProblemChange> RaiseExternal(IReadOnlyList<DavisEvent> events, DateTimeOffset at, DateTimeOffset now) =>
        Plan(Problems.RaiseTogether(events, at), now);

    /// <summary>Sends the notifications that are due at <paramref name="now"/> without evaluating (e.g. right after an ingest opened a problem).</summary>
    public ValueTask<IReadOnlyList<DeliveryLogEntry>> DispatchDueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        dispatcher.DispatchAsync(now, cancellationToken);

    public EvaluationState ExportState() => new(Engine.ExportState(), Problems.ExportState(), Planner.ExportState());

    /// <summary>Restores <see cref="ExportState"/>; configurations must be set first.</summary>
    public void ImportState(EvaluationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Engine.ImportState(state.Events);
        Problems.ImportState(state.Problems);
        Planner.ImportState(state.Notifications);
    }

    private IReadOnlyList<ProblemChange> Plan(IReadOnlyList<ProblemChange> changes, DateTimeOffset now)
    {
        foreach (var entry in Planner.Apply(changes, now))
        {
            log.Append(entry);
        }

        return changes;
    }
}
