using Pharos.Evaluation.Entities;
using Pharos.Evaluation.Series;

namespace Pharos.Evaluation.MetricEvents;

/// <summary>
/// Which entity an event of a split series is raised on: the value of <c>eventEntityDimensionKey</c> when the
/// series has it ("the preferred entity type used for triggered events" [SCHEMA]); otherwise the first
/// <c>dt.entity.*</c> dimension holding an entity id; otherwise the environment.
/// </summary>
internal static class EventEntity
{
    public static EntityInfo For(SeriesDimensions dimensions, string? preferredKey, IEntityDirectory entities)
    {
        if (preferredKey is not null && dimensions[preferredKey] is { } preferred && preferred.Length > 0)
        {
            return entities.Resolve(preferred);
        }

        foreach (var (key, value) in dimensions.Pairs)
        {
            if (key.StartsWith("dt.entity.", StringComparison.Ordinal) && EntityInfo.LooksLikeId(value))
            {
                return entities.Resolve(value);
            }
        }

        return EntityInfo.Environment;
    }
}
