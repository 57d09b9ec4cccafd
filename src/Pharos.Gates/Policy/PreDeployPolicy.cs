using Pharos.Gates.Data;

namespace Pharos.Gates.Policy;

/// <summary>
/// Seed 002 "Pre-Deployment Problem Check": open problems of the last 30 minutes; availability and
/// error problems block, performance and resource problems warn, anything else proceeds.
/// </summary>
public sealed record PreDeployPolicy
{
    public TimeSpan Lookback { get; init; } = TimeSpan.FromMinutes(30);

    public IReadOnlyList<string> BlockingSeverities { get; init; } = [ProblemVocabulary.Availability, ProblemVocabulary.Error];

    public IReadOnlyList<string> WarningSeverities { get; init; } = [ProblemVocabulary.Performance, ProblemVocabulary.ResourceContention];
}
