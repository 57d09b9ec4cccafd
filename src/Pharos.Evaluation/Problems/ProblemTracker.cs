using System.Globalization;
using Pharos.Evaluation.Entities;
using Pharos.Evaluation.Maintenance;
using Pharos.Evaluation.MetricEvents;

namespace Pharos.Evaluation.Problems;

/// <summary>
/// Turns event transitions into problems the way Davis merges them [DOCS "Davis AI" semantic dictionary;
/// OSS/3P notes on problem merging]:
/// <list type="bullet">
/// <item>a raised event of a problem-opening type joins the earliest open problem that allows merging, when its
/// entity is one of the problem's affected entities or related to one (<see cref="IEntityDirectory.RelatedTo"/>),
/// and it starts within <see cref="ProblemTrackerOptions.MergeWindow"/>; otherwise it opens a new problem;</item>
/// <item>an event with <c>davisMerge</c> false never joins and is never joined;</item>
/// <item>severity is the most severe of the events' levels; impact comes from the affected entity types;
/// the root cause is the entity of the first event;</item>
/// <item>the problem closes when all its events have closed;</item>
/// <item>maintenance: DONT_DETECT_PROBLEMS opens no problem, the other two mark it (and DETECT_PROBLEMS_DONT_ALERT
/// suppresses its notifications).</item>
/// </list>
/// A pure state machine: same transitions in, same problems and ids out.
/// </summary>
public sealed class ProblemTracker
{
    private readonly IEntityDirectory _entities;
    private readonly IMaintenanceCalendar _maintenance;
    private readonly ProblemTrackerOptions _options;
    private readonly List<Problem> _problems = [];
    private readonly Dictionary<string, string> _problemOfEvent = new(StringComparer.Ordinal);

    // Indexes that keep an alert storm linear: where each problem sits in _problems, and which open problems that
    // others may join have an entity among their affected ones. A raised event looks up its entity and the entities
    // related to it instead of testing every open problem and walking every problem's events.
    private readonly Dictionary<string, int> _indexOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _joinableByEntity = new(StringComparer.Ordinal);
    private int _sequence;

    public ProblemTracker(IEntityDirectory entities, IMaintenanceCalendar? maintenance = null, ProblemTrackerOptions? options = null)
    {
        _entities = entities ?? throw new ArgumentNullException(nameof(entities));
        _maintenance = maintenance ?? MaintenanceCalendar.None;
        _options = options ?? new ProblemTrackerOptions();
    }

    /// <summary>Open problems and the most recently closed ones, oldest first.</summary>
    public IReadOnlyList<Problem> Problems => _problems;

    public IReadOnlyList<Problem> OpenProblems => [.. _problems.Where(p => p.IsOpen)];

    public Problem? Find(string problemId) => _indexOf.TryGetValue(problemId, out var index) ? _problems[index] : null;

    public IReadOnlyList<ProblemChange> Apply(IEnumerable<EventTransition> transitions)
    {
        ArgumentNullException.ThrowIfNull(transitions);
        var changes = new List<ProblemChange>();
        foreach (var transition in transitions)
        {
            if (transition.Kind == EventTransitionKind.Raised)
            {
                Raise(transition.Event, transition.At, changes);
            }
            else
            {
                Close(transition.Event, transition.At, changes);
            }
        }

        Trim();
        return changes;
    }

    /// <summary>
    /// Raises events that one report raised together on several entities (an Events API payload whose
    /// entitySelector matched more than one entity gets one event per entity): the first opens or joins a problem
    /// under the usual rules and the others join that problem, so the report stays one problem. Events already
    /// tracked are not raised again; they only name the problem the new ones join while it is open.
    /// </summary>
    public IReadOnlyList<ProblemChange> RaiseTogether(IReadOnlyList<DavisEvent> events, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(events);
        var changes = new List<ProblemChange>();
        string? problemId = null;
        foreach (var e in events)
        {
            if (!_problemOfEvent.ContainsKey(e.EventId))
            {
                var index = problemId is not null && _indexOf.TryGetValue(problemId, out var i) && _problems[i].IsOpen ? i : -1;
                Raise(e, at, changes, index);
            }

            if (problemId is null && _problemOfEvent.TryGetValue(e.EventId, out var joined) && Find(joined) is { IsOpen: true })
            {
                problemId = joined;
            }
        }

        Trim();
        return changes;
    }

    public ProblemTrackerState ExportState() => new(ProblemTrackerState.CurrentVersion, _sequence, [.. _problems]);

    public void ImportState(ProblemTrackerState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        _problems.Clear();
        _problemOfEvent.Clear();
        _sequence = state.Sequence;
        foreach (var problem in state.Problems)
        {
            _problems.Add(problem);
            foreach (var evidence in problem.EvidenceDetails)
            {
                _problemOfEvent[evidence.EventId] = problem.ProblemId;
            }
        }

        Reindex();
    }

    private void Raise(DavisEvent e, DateTimeOffset at, List<ProblemChange> changes, int joinIndex = -1)
    {
        if (!e.OpensProblem || _problemOfEvent.ContainsKey(e.EventId))
        {
            return;
        }

        var suppression = MaintenanceCalendar.Strongest(_maintenance, [e.Entity], at);
        if (suppression == MaintenanceSuppression.DontDetectProblems)
        {
            return;
        }

        var index = !e.DavisMerge ? -1 : joinIndex >= 0 ? joinIndex : EarliestJoinable(e);
        if (index < 0)
        {
            var problem = Open(e, suppression);
            _indexOf[problem.ProblemId] = _problems.Count;
            _problems.Add(problem);
            _problemOfEvent[e.EventId] = problem.ProblemId;
            if (e.DavisMerge)
            {
                IndexJoinable(problem.ProblemId, e.Entity.Id);
            }

            changes.Add(new ProblemChange(ProblemChangeKind.Opened, problem, e, at));
            return;
        }

        var current = _problems[index];
        var isNewEntity = !current.AffectedEntities.Any(x => x.Id == e.Entity.Id);
        IReadOnlyList<EntityInfo> affected = isNewEntity ? [.. current.AffectedEntities, e.Entity] : current.AffectedEntities;
        var merged = current with
        {
            SeverityLevel = ImpactLevels.MostSevere(current.SeverityLevel, e.Severity!.Value),
            EvidenceDetails = [.. current.EvidenceDetails, Evidence(e)],
            UnderMaintenance = current.UnderMaintenance || suppression is not null,
            AlertingSuppressed = current.AlertingSuppressed || suppression == MaintenanceSuppression.DetectProblemsDontAlert,
        };
        if (isNewEntity)
        {
            merged = merged with
            {
                ImpactLevel = ImpactLevels.Of(affected),
                AffectedEntities = affected,
                ImpactedEntities = affected,
                ManagementZones = [.. affected.SelectMany(x => x.ManagementZones).Distinct()],
                EntityTags = [.. affected.SelectMany(x => x.Tags).Distinct(StringComparer.Ordinal)],
            };
            IndexJoinable(merged.ProblemId, e.Entity.Id);
        }

        _problems[index] = merged;
        _problemOfEvent[e.EventId] = merged.ProblemId;
        changes.Add(new ProblemChange(ProblemChangeKind.EventMerged, merged, e, at));
    }

    /// <summary>
    /// The position of the earliest open problem <paramref name="e"/> may join: one whose events all allow merging
    /// (only those are indexed), that started within the merge window, and that affects the event's entity or an
    /// entity related to it. -1 when there is none.
    /// </summary>
    private int EarliestJoinable(DavisEvent e)
    {
        var best = -1;
        Consider(e.Entity.Id);
        foreach (var related in _entities.RelatedTo(e.Entity.Id))
        {
            Consider(related);
        }

        return best;

        void Consider(string entityId)
        {
            if (!_joinableByEntity.TryGetValue(entityId, out var problemIds))
            {
                return;
            }

            foreach (var problemId in problemIds)
            {
                if (_indexOf.TryGetValue(problemId, out var index) && (best < 0 || index < best) && IsInWindow(_problems[index], e))
                {
                    best = index;
                }
            }
        }
    }

    private bool IsInWindow(Problem problem, DavisEvent e) =>
        problem.IsOpen && (_options.MergeWindow is not { } window || e.StartTime - problem.StartTime <= window);

    private void IndexJoinable(string problemId, string entityId)
    {
        if (!_joinableByEntity.TryGetValue(entityId, out var problemIds))
        {
            problemIds = [];
            _joinableByEntity[entityId] = problemIds;
        }

        problemIds.Add(problemId);
    }

    private void UnindexJoinable(Problem problem)
    {
        foreach (var entity in problem.AffectedEntities)
        {
            if (_joinableByEntity.TryGetValue(entity.Id, out var problemIds) && problemIds.Remove(problem.ProblemId) && problemIds.Count == 0)
            {
                _joinableByEntity.Remove(entity.Id);
            }
        }
    }

    private void Reindex()
    {
        _indexOf.Clear();
        _joinableByEntity.Clear();
        for (var i = 0; i < _problems.Count; i++)
        {
            var problem = _problems[i];
            _indexOf[problem.ProblemId] = i;
            if (problem.IsOpen && problem.Events.All(x => x.DavisMerge))
            {
                foreach (var entity in problem.AffectedEntities)
                {
                    IndexJoinable(problem.ProblemId, entity.Id);
                }
            }
        }
    }

    private Problem Open(DavisEvent e, MaintenanceSuppression? suppression)
    {
        _sequence++;
        var start = e.StartTime;
        var problemId = EventIdentity.Int64("problem", e.EventId).ToString(CultureInfo.InvariantCulture) + "_" + start.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) + "V2";
        var displayId = "P-" + start.UtcDateTime.ToString("yyMM", CultureInfo.InvariantCulture) + _sequence.ToString(CultureInfo.InvariantCulture);
        EntityInfo[] affected = [e.Entity];
        return new Problem(
            problemId,
            displayId,
            e.Title,
            ProblemStatus.Open,
            e.Severity!.Value,
            ImpactLevels.Of(affected),
            e.Entity,
            affected,
            affected,
            e.Entity.ManagementZones,
            e.Entity.Tags,
            [Evidence(e)],
            start,
            null,
            suppression is not null,
            suppression == MaintenanceSuppression.DetectProblemsDontAlert);
    }

    private void Close(DavisEvent e, DateTimeOffset at, List<ProblemChange> changes)
    {
        if (!_problemOfEvent.TryGetValue(e.EventId, out var problemId))
        {
            return;
        }

        if (!_indexOf.TryGetValue(problemId, out var index) || !_problems[index].IsOpen)
        {
            return;
        }

        var current = _problems[index];
        var evidence = current.EvidenceDetails
            .Select(x => x.EventId == e.EventId ? x with { EndTime = at, Data = x.Data with { EndTime = at } } : x)
            .ToList();
        var allClosed = evidence.TrueForAll(x => x.EndTime is not null);
        var updated = current with
        {
            EvidenceDetails = evidence,
            Status = allClosed ? ProblemStatus.Closed : ProblemStatus.Open,
            EndTime = allClosed ? at : null,
        };
        _problems[index] = updated;
        if (allClosed)
        {
            UnindexJoinable(updated);
        }

        changes.Add(new ProblemChange(allClosed ? ProblemChangeKind.Closed : ProblemChangeKind.EventClosed, updated, e, at));
    }

    private static ProblemEvidence Evidence(DavisEvent e) =>
        new("EVENT", e.Title, e.Entity, true, e.StartTime, e.EndTime, e.EventId, e.EventType, e);

    private void Trim()
    {
        var excess = _problems.Count(p => !p.IsOpen) - _options.ClosedProblemsKept;
        if (excess <= 0)
        {
            return;
        }

        // Drop the oldest closed problems in one pass, then rebuild the positions once.
        var kept = new List<Problem>(_problems.Count - excess);
        foreach (var problem in _problems)
        {
            if (excess > 0 && !problem.IsOpen)
            {
                excess--;
                foreach (var evidence in problem.EvidenceDetails)
                {
                    _problemOfEvent.Remove(evidence.EventId);
                }

                continue;
            }

            kept.Add(problem);
        }

        _problems.Clear();
        _problems.AddRange(kept);
        Reindex();
    }
}

/// <summary>The tracker's persisted form; serialise with <see cref="EvaluationJson.Options"/>.</summary>
public sealed record ProblemTrackerState(int Version, int Sequence, IReadOnlyList<Problem> Problems)
{
    public const int CurrentVersion = 1;
}
