namespace Pharos.Gates.Data;

/// <summary>
/// A problem from <c>GET /api/v2/problems</c>. <see cref="EndTime"/> is null while the problem is
/// open (the API sends -1). <see cref="LinkedProblemId"/> is <c>linkedProblemInfo.problemId</c>:
/// Dynatrace links a problem it merged into another, so a linked problem is a duplicate.
/// <see cref="UnderMaintenance"/> is true when the problem has MAINTENANCE_WINDOW evidence or the
/// adapter asked with <c>underMaintenance(true)</c>.
/// </summary>
public sealed record GateProblem
{
    public required string ProblemId { get; init; }

    public required string DisplayId { get; init; }

    public string Title { get; init; } = "";

    /// <summary>AVAILABILITY, ERROR, PERFORMANCE, RESOURCE_CONTENTION, CUSTOM_ALERT, MONITORING_UNAVAILABLE or INFO.</summary>
    public string SeverityLevel { get; init; } = "";

    /// <summary>APPLICATION, ENVIRONMENT, INFRASTRUCTURE or SERVICES.</summary>
    public string ImpactLevel { get; init; } = "";

    /// <summary>OPEN or CLOSED.</summary>
    public string Status { get; init; } = "";

    public DateTimeOffset StartTime { get; init; }

    public DateTimeOffset? EndTime { get; init; }

    public IReadOnlyList<GateEntity> AffectedEntities { get; init; } = [];

    public IReadOnlyList<GateEntity> ImpactedEntities { get; init; } = [];

    public GateEntity? RootCauseEntity { get; init; }

    public string? LinkedProblemId { get; init; }

    /// <summary><c>linkedProblemInfo.displayId</c>, shown instead of the id when known.</summary>
    public string? LinkedDisplayId { get; init; }

    public bool UnderMaintenance { get; init; }
}
