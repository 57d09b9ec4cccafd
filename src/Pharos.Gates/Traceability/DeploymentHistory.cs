using Pharos.Gates.Data;

namespace Pharos.Gates.Traceability;

/// <summary>A deployment and the problems that started after it and before the next one.</summary>
public sealed record DeploymentWithProblems(Deployment Deployment, IReadOnlyList<GateProblem> Problems);

/// <summary>
/// <c>pharos trace deployments SERVICE</c>: each problem is attributed to the service's latest
/// deployment that started no later than the problem. Duplicates and problems under maintenance are
/// left out; problems before the first deployment have no deployment to blame and are left out too.
/// </summary>
public static class DeploymentHistory
{
    public static IReadOnlyList<DeploymentWithProblems> Attribute(IEnumerable<GateEvent> deploymentEvents, IEnumerable<GateProblem> problems)
    {
        var deployments = DeploymentGrouping.Group(deploymentEvents);
        var buckets = deployments.Select(_ => new List<GateProblem>()).ToList();
        var relevant = problems
            .Where(p => p.LinkedProblemId is null && !p.UnderMaintenance)
            .DistinctBy(p => p.ProblemId)
            .OrderBy(p => p.StartTime)
            .ThenBy(p => p.DisplayId, StringComparer.Ordinal);

        foreach (var problem in relevant)
        {
            var index = LastIndexAtOrBefore(deployments, problem.StartTime);
            if (index >= 0)
            {
                buckets[index].Add(problem);
            }
        }

        return deployments.Select((d, i) => new DeploymentWithProblems(d, buckets[i])).ToList();
    }

    private static int LastIndexAtOrBefore(IReadOnlyList<Deployment> deployments, DateTimeOffset time)
    {
        for (var i = deployments.Count - 1; i >= 0; i--)
        {
            if (deployments[i].Time <= time)
            {
                return i;
            }
        }

        return -1;
    }
}
