using Pharos.Gates.Data;
using Pharos.Gates.Deployments;

namespace Pharos.Gates.Traceability;

/// <summary>Gathers the per-entity CUSTOM_DEPLOYMENT events of each ingest into one <see cref="Deployment"/>.</summary>
public static class DeploymentGrouping
{
    /// <summary>Events of one ingest may carry slightly different times when Dynatrace stamps them.</summary>
    public static readonly TimeSpan SameIngestTolerance = TimeSpan.FromMinutes(1);

    /// <summary>The deployments, oldest first; events of other types are skipped.</summary>
    public static IReadOnlyList<Deployment> Group(IEnumerable<GateEvent> events)
    {
        var groups = new List<(Deployment Deployment, List<GateEntity> Entities, List<string> EventIds)>();
        var ordered = events
            .Where(e => string.Equals(e.EventType, DeploymentProperties.EventType, StringComparison.Ordinal))
            .OrderBy(e => e.StartTime)
            .ThenBy(e => e.EventId, StringComparer.Ordinal);

        foreach (var e in ordered)
        {
            var candidate = FromEvent(e);
            var index = groups.FindIndex(g => SameIngest(g.Deployment, candidate));
            if (index < 0)
            {
                groups.Add((candidate, [], []));
                index = groups.Count - 1;
            }

            var group = groups[index];
            if (e.Entity is not null && !group.Entities.Exists(x => x.Id == e.Entity.Id))
            {
                group.Entities.Add(e.Entity);
            }

            group.EventIds.Add(e.EventId);
        }

        return groups
            .Select(g => g.Deployment with
            {
                Entities = g.Entities.OrderBy(x => x.Id, StringComparer.Ordinal).ToList(),
                EventIds = g.EventIds,
            })
            .ToList();
    }

    private static Deployment FromEvent(GateEvent e)
    {
        string? Property(string key) => e.Properties.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
        return new Deployment
        {
            Time = e.StartTime,
            Version = Property(DeploymentProperties.Version),
            Name = Property(DeploymentProperties.Name),
            Title = e.Title,
            Commit = Property(DeploymentProperties.Commit),
            CiBackLink = Property(DeploymentProperties.CiBackLink),
            Project = Property(DeploymentProperties.Project),
            ReleaseStage = Property(DeploymentProperties.ReleaseStage),
            Service = Property(DeploymentProperties.Service),
            Environment = Property(DeploymentProperties.Environment),
        };
    }

    private static bool SameIngest(Deployment a, Deployment b) =>
        a.Version == b.Version
        && a.Name == b.Name
        && a.Commit == b.Commit
        && a.CiBackLink == b.CiBackLink
        && (b.Time - a.Time).Duration() <= SameIngestTolerance;
}
