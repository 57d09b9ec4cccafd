using Pharos.Gates.Data;

namespace Pharos.Gates.Traceability;

public enum EntityRole
{
    RootCause,
    Affected,
}

/// <summary>One of the problem's entities and the latest deployment on it before the problem started.</summary>
public sealed record EntityDeployment(GateEntity Entity, EntityRole Role, Deployment? LatestDeployment);

/// <summary>
/// Which deployments preceded a problem. <see cref="Suspect"/> is the most likely cause: the
/// root-cause entity's latest deployment when it has one, otherwise the most recent deployment on
/// any affected entity.
/// </summary>
public sealed record ProblemTrace(GateProblem Problem, IReadOnlyList<EntityDeployment> Entities)
{
    public Deployment? Suspect =>
        Entities.FirstOrDefault(e => e.Role == EntityRole.RootCause && e.LatestDeployment is not null)?.LatestDeployment
        ?? Entities.Select(e => e.LatestDeployment).OfType<Deployment>().OrderByDescending(d => d.Time).FirstOrDefault();
}
