using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Pharos.Evaluation;
using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Notifications;
using Pharos.Evaluation.Problems;
using Pharos.Local.Hosting;
using Pharos.Local.Storage.Events;
using Pharos.Local.Storage.Problems;

namespace Pharos.Local.Evaluation;

/// <summary>
/// Owns the evaluation pipeline of the environment and is the one place problems change: minute cycles
/// (<see cref="RunCycleAsync"/>), problem-raising ingested events (<see cref="RaiseIngestedAsync"/>) and problems
/// closed by hand (<see cref="CloseProblemAsync"/>) all go through the same problem tracker under one lock, and
/// each step saves the tracker's state with the problem rows it changed in one transaction. The pipeline is built
/// and its saved state restored on first use.
/// </summary>
internal sealed class LocalEvaluationCoordinator : ILocalEvaluation, IDisposable
{
    private readonly EvaluationConfigLoader _configs;
    private readonly EvaluationStore _store;
    private readonly LocalEntityDirectory _entities;
    private readonly LocalMetricSeriesSource _source;
    private readonly CurrentMaintenanceCalendar _maintenance = new();
    private readonly BufferedDeliveryLog _log = new();
    private readonly WebhookClients _clients = new();
    private readonly LocalEnvironmentOptions _options;
    private readonly IServer? _server;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SemaphoreSlim _planned = new(0, 1);
    private readonly HashSet<string> _reportedErrors = new(StringComparer.Ordinal);
    private readonly List<StoredEvent> _unsavedEvents = [];
    private readonly Dictionary<string, Problem> _unsavedProblems = new(StringComparer.Ordinal);
    private EvaluationPipeline? _pipeline;
    private string? _fingerprint;

    public LocalEvaluationCoordinator(
        EvaluationConfigLoader configs,
        EvaluationStore store,
        LocalEntityDirectory entities,
        LocalMetricSeriesSource source,
        LocalEnvironmentOptions options,
        IEnumerable<IServer> server,
        ILogger<LocalEvaluationCoordinator> logger)
    {
        _configs = configs ?? throw new ArgumentNullException(nameof(configs));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _entities = entities ?? throw new ArgumentNullException(nameof(entities));
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _server = server?.FirstOrDefault();
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public async Task<PipelineCycle> RunCycleAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var pipeline = await PrepareAsync(cancellationToken).ConfigureAwait(false);
            await _entities.RefreshAsync(cancellationToken).ConfigureAwait(false);
            var timeouts = await IngestTimeoutsAsync(pipeline, now, cancellationToken).ConfigureAwait(false);
            var external = pipeline.ApplyExternal(timeouts, now);
            var cycle = await pipeline.RunAsync(now, cancellationToken).ConfigureAwait(false);
            ReportErrors(cycle.Evaluation.Errors);
            IReadOnlyList<ProblemChange> changes = [.. external, .. cycle.ProblemChanges];
            var events = cycle.Evaluation.Transitions.Select(t => t.Event).Where(e => !IngestedEvents.IsIngested(e)).ToList();
            var deliveries = await SaveAsync(pipeline, changes, events, [], [], now, cancellationToken).ConfigureAwait(false);
            EvaluationLog.CycleCompleted(_logger, now, cycle.Evaluation.Transitions.Count, changes.Count, deliveries.Count);
            return cycle with { ProblemChanges = changes, Deliveries = deliveries };
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<IReadOnlyList<DeliveryLogEntry>> DispatchDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var pipeline = await PrepareAsync(cancellationToken).ConfigureAwait(false);
            var sent = await pipeline.DispatchDueAsync(now, cancellationToken).ConfigureAwait(false);
            return sent.Count == 0 ? sent : await SaveAsync(pipeline, [], [], [], [], now, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task WaitForPlannedNotificationsAsync(CancellationToken cancellationToken) => _planned.WaitAsync(cancellationToken);

    // One pending signal is enough: the dispatch it triggers sends everything due.
    private void SignalPlanned(IReadOnlyList<ProblemChange> changes)
    {
        if (changes.Count > 0 && _planned.CurrentCount == 0)
        {
            _planned.Release();
        }
    }

    /// <summary>
    /// Raises the problem-raising events of one ingest (one per selected entity, new or already open) in the
    /// tracker and writes <paramref name="newEvents"/> with the problem they joined. Returns event id → problem id
    /// for the events that are part of an open problem.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> RaiseIngestedAsync(
        IReadOnlyList<StoredEvent> events, ProblemSeverity severity, IReadOnlyList<StoredEvent> newEvents, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var pipeline = await PrepareAsync(cancellationToken).ConfigureAwait(false);
            var davis = events.Select(e => IngestedEvents.ToDavisEvent(e, severity)).ToList();
            var at = davis.Count == 0 ? now : davis.Min(e => e.StartTime);
            var changes = pipeline.RaiseExternal(davis, at, now);
            var problemOf = ProblemProjection.ProblemsOfEvents(pipeline.Problems);
            var joined = events.Where(e => problemOf.ContainsKey(e.EventId)).ToDictionary(e => e.EventId, e => problemOf[e.EventId], StringComparer.Ordinal);
            var inserts = newEvents.Select(e => e with { ProblemId = joined.GetValueOrDefault(e.EventId) }).ToList();

            // Re-sent events moved their planned end; their problem rows follow.
            var touched = joined.Values.Distinct(StringComparer.Ordinal).Select(pipeline.Problems.Find).OfType<Problem>().ToList();
            await SaveAsync(pipeline, changes, [], inserts, touched, now, cancellationToken).ConfigureAwait(false);
            SignalPlanned(changes);
            return joined;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Closes every open event of a problem the tracker knows (closing it by hand); false when it does not know it.</summary>
    public async Task<bool> CloseProblemAsync(string problemId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var pipeline = await PrepareAsync(cancellationToken).ConfigureAwait(false);
            if (pipeline.Problems.Find(problemId) is not { IsOpen: true } problem)
            {
                return false;
            }

            var transitions = problem.EvidenceDetails
                .Where(e => e.EndTime is null)
                .Select(e => new EventTransition(EventTransitionKind.Closed, e.Data with { EndTime = now }, now))
                .ToList();
            var changes = pipeline.ApplyExternal(transitions, now);
            await SaveAsync(pipeline, changes, [], [], [], now, cancellationToken).ConfigureAwait(false);
            SignalPlanned(changes);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _clients.Dispose();
        _gate.Dispose();
        _planned.Dispose();
    }

    private async Task<EvaluationPipeline> PrepareAsync(CancellationToken cancellationToken)
    {
        if (_pipeline is { } running)
        {
            await ReloadAsync(running, cancellationToken).ConfigureAwait(false);
            return running;
        }

        await _entities.RefreshAsync(cancellationToken).ConfigureAwait(false);
        var pipeline = await BuildAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (await _store.LoadStateAsync(cancellationToken).ConfigureAwait(false) is { } state)
            {
                pipeline.ImportState(state);
                EvaluationLog.StateRestored(_logger, pipeline.Problems.OpenProblems.Count, pipeline.Planner.Pending.Count);
                _pipeline = pipeline;
                return pipeline;
            }
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            // A state this build cannot read must not stop evaluation (nor event ingest) for good: start afresh.
            EvaluationLog.StateUnreadable(_logger, e.GetType().Name);
            pipeline = await BuildAsync(cancellationToken).ConfigureAwait(false);
        }

        // Continue the display numbers already in use, so they stay unique.
        var sequence = await _store.ReadDisplaySequenceAsync(cancellationToken).ConfigureAwait(false);
        pipeline.Problems.ImportState(new ProblemTrackerState(ProblemTrackerState.CurrentVersion, sequence, []));
        _pipeline = pipeline;
        return pipeline;
    }

    private async Task<EvaluationPipeline> BuildAsync(CancellationToken cancellationToken)
    {
        var engine = new MetricEventEngine(_source, _entities);
        var planner = new NotificationPlanner(_maintenance);
        var dispatcher = new NotificationDispatcher(planner, _clients.Sender(_options), _log, new NotificationRenderOptions { ProblemUrlBase = ProblemUrlBase() });
        var pipeline = new EvaluationPipeline(engine, new ProblemTracker(_entities, _maintenance), planner, dispatcher, _log);
        _fingerprint = null;
        await ReloadAsync(pipeline, cancellationToken).ConfigureAwait(false);
        return pipeline;
    }

    private async Task ReloadAsync(EvaluationPipeline pipeline, CancellationToken cancellationToken)
    {
        if (await _configs.LoadIfChangedAsync(_fingerprint, cancellationToken).ConfigureAwait(false) is not { } configs)
        {
            return;
        }

        pipeline.Engine.SetConfigs(configs.MetricEvents);
        pipeline.Planner.SetConfigs(configs.Notifications, configs.Profiles);
        _maintenance.Snapshot = configs.Maintenance;
        _fingerprint = configs.Fingerprint;
        _reportedErrors.Clear();
        EvaluationLog.ConfigsLoaded(_logger, configs.MetricEvents.Count, configs.Notifications.Count, configs.Profiles.Count, configs.Maintenance.Windows.Count, configs.Rejected);
    }

    // Ingested events stay open in the tracker until their planned end (which a re-send moves later) has passed.
    private async Task<List<EventTransition>> IngestTimeoutsAsync(EvaluationPipeline pipeline, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var transitions = new List<EventTransition>();
        foreach (var evidence in pipeline.Problems.OpenProblems.SelectMany(p => p.EvidenceDetails).Where(e => e.EndTime is null && IngestedEvents.IsIngested(e.Data)))
        {
            var end = await _store.ReadEventEndAsync(evidence.EventId, cancellationToken).ConfigureAwait(false);
            var at = end is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : now;
            if (at <= now)
            {
                transitions.Add(new EventTransition(EventTransitionKind.Closed, evidence.Data with { EndTime = at }, at));
            }
        }

        transitions.Sort((a, b) => a.At.CompareTo(b.At));
        return transitions;
    }

    private async Task<IReadOnlyList<DeliveryLogEntry>> SaveAsync(
        EvaluationPipeline pipeline,
        IReadOnlyList<ProblemChange> changes,
        IReadOnlyList<DavisEvent> metricEvents,
        IReadOnlyList<StoredEvent> ingestedEvents,
        IReadOnlyList<Problem> alsoProblems,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var problemOf = ProblemProjection.ProblemsOfEvents(pipeline.Problems);
        var rows = new List<StoredEvent>(_unsavedEvents);
        rows.AddRange(ingestedEvents);
        rows.AddRange(metricEvents.Select(e => ProblemProjection.ToStored(e, problemOf.GetValueOrDefault(e.EventId))));

        // The last state of each changed problem, in the order they changed. One lookup table, not a scan of the
        // tracker per change: an alert storm changes problems hundreds of thousands of times in one cycle.
        var current = new Dictionary<string, Problem>(StringComparer.Ordinal);
        foreach (var problem in pipeline.Problems.Problems)
        {
            current[problem.ProblemId] = problem;
        }

        var problems = new Dictionary<string, Problem>(StringComparer.Ordinal);
        foreach (var problem in _unsavedProblems.Values.Concat(alsoProblems).Concat(changes.Select(c => c.Problem)))
        {
            problems[problem.ProblemId] = current.GetValueOrDefault(problem.ProblemId) ?? problem;
        }

        var deliveries = _log.Take();
        var write = new EvaluationWrite(
            rows,
            [.. problems.Values.Select(ProblemProjection.ToStored)],
            pipeline.ExportState(),
            deliveries,
            now.ToUnixTimeMilliseconds(),
            (now - _options.ProblemRetention).ToUnixTimeMilliseconds());
        try
        {
            await _store.SaveAsync(write, cancellationToken).ConfigureAwait(false);
            _unsavedEvents.Clear();
            _unsavedProblems.Clear();
        }
        catch (Exception e) when (e is SqliteException or OperationCanceledException or IOException)
        {
            // The state in memory is ahead of the database: what this step changed is written by the next save.
            _log.Restore(deliveries);
            _unsavedEvents.Clear();
            _unsavedEvents.AddRange(rows);
            foreach (var (id, problem) in problems)
            {
                _unsavedProblems[id] = problem;
            }

            throw;
        }

        return deliveries;
    }

    private void ReportErrors(IReadOnlyList<MetricEventError> errors)
    {
        foreach (var error in errors)
        {
            if (_reportedErrors.Add(error.ConfigId))
            {
                EvaluationLog.MetricEventFailed(_logger, error.ConfigId);
            }
        }
    }

    private string ProblemUrlBase()
    {
        var address = _server?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        return (address ?? $"http://{_options.Host}:{_options.Port}").TrimEnd('/');
    }
}
