using Pharos.Evaluation.MetricEvents;
using Pharos.Evaluation.Problems;
using Pharos.Evaluation.Settings;
using Pharos.Local.Storage.Events;
using Pharos.Local.Storage.Problems;

namespace Pharos.Local.Evaluation;

/// <summary>
/// Maps the tracker's problems and metric-event events onto the rows the problems and events APIs read.
/// Ids, display ids, title, severity, impact, root cause, affected entities and the maintenance mark come from
/// the tracker; the planned end of an open problem is derived from its events' rows when it is written.
/// </summary>
internal static class ProblemProjection
{
    public static StoredProblem ToStored(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new StoredProblem(
            problem.ProblemId,
            problem.DisplayId,
            problem.Title,
            WireNames.Of(problem.SeverityLevel),
            WireNames.Of(problem.ImpactLevel),
            problem.StartTime.ToUnixTimeMilliseconds(),
            long.MaxValue,
            problem.EndTime?.ToUnixTimeMilliseconds(),
            [.. problem.AffectedEntities.Select(EntityConversions.ToRef)],
            problem.ProblemId)
        {
            RootCause = problem.RootCauseEntity is { } root ? EntityConversions.ToRef(root) : null,
            UnderMaintenance = problem.UnderMaintenance,
        };
    }

    /// <summary>A metric event's row: open (end = <see cref="long.MaxValue"/>) until the engine closes it.</summary>
    public static StoredEvent ToStored(DavisEvent e, string? problemId)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new StoredEvent(
            e.EventId,
            e.CorrelationId,
            e.EventType,
            e.Title,
            e.StartTime.ToUnixTimeMilliseconds(),
            e.EndTime?.ToUnixTimeMilliseconds() ?? long.MaxValue,
            EntityConversions.ToRef(e.Entity),
            [.. e.Properties.Select(p => new EventPropertyValue(p.Key, p.Value))],
            e.EventId,
            problemId);
    }

    /// <summary>Event id → problem id for every event of the problems the tracker holds.</summary>
    public static Dictionary<string, string> ProblemsOfEvents(ProblemTracker tracker)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var problem in tracker.Problems)
        {
            foreach (var evidence in problem.EvidenceDetails)
            {
                map[evidence.EventId] = problem.ProblemId;
            }
        }

        return map;
    }
}
