using Pharos.Evaluation.Entities;
using Pharos.Evaluation.MetricEvents;

namespace Pharos.Evaluation.Problems;

/// <summary>Impact level and severity precedence, the same rules Pharos.Local applies to ingested events.</summary>
internal static class ImpactLevels
{
    public static ImpactLevel Of(IReadOnlyCollection<EntityInfo> entities) =>
        entities.Any(e => e.Type == "APPLICATION") ? ImpactLevel.Application
        : entities.Any(e => e.Type == "SERVICE") ? ImpactLevel.Services
        : entities.Count > 0 && entities.All(e => e.Type == EntityInfo.Environment.Type) ? ImpactLevel.Environment
        : ImpactLevel.Infrastructure;

    /// <summary>The more severe of two levels: AVAILABILITY &gt; ERROR &gt; PERFORMANCE &gt; RESOURCE_CONTENTION &gt; CUSTOM_ALERT.</summary>
    public static ProblemSeverity MostSevere(ProblemSeverity a, ProblemSeverity b) => (int)a <= (int)b ? a : b;
}
