using Pharos.Gates.Data;

namespace Pharos.Gates.Traceability;

/// <summary>
/// Dynatrace correlates deployments with problems by entity and time, and so does Pharos: for each
/// root-cause and affected entity, the latest deployment on that entity that started no later than
/// the problem.
/// </summary>
public static class DeploymentTracer
{
    public static ProblemTrace TraceProblem(GateProblem problem, IEnumerable<GateEvent> deploymentEvents)
    {
        var deployments = DeploymentGrouping.Group(deploymentEvents);
        var entities = new List<(GateEntity Entity, EntityRole Role)>();
        if (problem.RootCauseEntity is not null)
        {
            entities.Add((problem.RootCauseEntity, EntityRole.RootCause));
        }

        foreach (var affected in problem.AffectedEntities.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            if (!entities.Exists(e => e.Entity.Id == affected.Id))
            {
                entities.Add((affected, EntityRole.Affected));
            }
        }

        var traced = entities
            .Select(e => new EntityDeployment(e.Entity, e.Role, LatestBefore(deployments, e.Entity.Id, problem.StartTime)))
            .ToList();
        return new ProblemTrace(problem, traced);
    }

    /// <summary>The entities whose deployments explain a problem: root cause first, then the affected ones.</summary>
    public static IReadOnlyList<string> EntityIds(GateProblem problem)
    {
        var ids = new List<string>();
        if (problem.RootCauseEntity is not null)
        {
            ids.Add(problem.RootCauseEntity.Id);
        }

        ids.AddRange(problem.AffectedEntities.Select(e => e.Id).Where(id => !ids.Contains(id)));
        return ids;
    }

    private static Deployment? LatestBefore(IReadOnlyList<Deployment> deployments, string entityId, DateTimeOffset start) =>
        deployments
            .Where(d => d.Time <= start && d.Entities.Any(e => e.Id == entityId))
            .OrderBy(d => d.Time)
            .LastOrDefault();
}
