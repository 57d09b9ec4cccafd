using Pharos.Gates.Data;

namespace Pharos.Gates.Policy;

/// <summary>
/// Seed 002 "Post-Deployment Health Gate": problems on the deployed entities since the deployment;
/// FAILED if any is critical, DEGRADED if more than <see cref="DegradedAbove"/>, HEALTHY otherwise.
/// </summary>
public sealed record PostDeployPolicy
{
    /// <summary>Severities that count as critical (the v2 API has no CRITICAL level).</summary>
    public IReadOnlyList<string> CriticalSeverities { get; init; } = [ProblemVocabulary.Availability, ProblemVocabulary.Error];

    /// <summary>DEGRADED when more problems than this started since the deployment (seed: <c>new_problems &gt; 2</c>).</summary>
    public int DegradedAbove { get; init; } = 2;

    /// <summary>
    /// Problems that started up to this long before the deployment still count (seed: the query
    /// starts at <c>DEPLOYMENT_TIME - 5m</c>); it absorbs clock skew between CI and Dynatrace.
    /// </summary>
    public TimeSpan StartTolerance { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How far back to look for the latest deployment event when no --since is given (Pharos default).</summary>
    public TimeSpan DeploymentLookback { get; init; } = TimeSpan.FromHours(24);

    /// <summary>How often <c>--observe</c> asks again (Pharos default).</summary>
    public TimeSpan ObservePollInterval { get; init; } = TimeSpan.FromMinutes(1);
}
