using Pharos.Evaluation.Entities;
using Pharos.Evaluation.MetricEvents;

namespace Pharos.Evaluation.Series;

public enum MetricKeyMatch
{
    Match,
    NoMatch,

    /// <summary>The entity filter uses a condition type the source cannot evaluate.</summary>
    Unsupported,
}

/// <summary>
/// The series filters of a METRIC_KEY query: dimension filters, entity filter (ENTITY_ID, NAME, TAG,
/// MANAGEMENT_ZONE on the entity in <c>entityFilter.dimensionKey</c>, else the first <c>dt.entity.*</c>
/// dimension) and management zone. Shared by every <see cref="IMetricSeriesSource"/> so they filter alike.
/// </summary>
public static class MetricKeyFilter
{
    public static MetricKeyMatch Matches(MetricQueryDefinition definition, SeriesDimensions dimensions, IEntityDirectory entities, out EntityFilterType unsupported)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(entities);
        unsupported = default;
        if (!definition.DimensionFilters.All(f => TextMatch.Matches(f.Operator ?? TextOperator.IsEqualTo, dimensions[f.DimensionKey], f.DimensionValue)))
        {
            return MetricKeyMatch.NoMatch;
        }

        var entity = EntityOf(dimensions, definition.EntityFilter?.DimensionKey, entities);
        if (definition.EntityFilter is { } filter && filter.Conditions.Count > 0)
        {
            if (entity is null)
            {
                return MetricKeyMatch.NoMatch;
            }

            foreach (var condition in filter.Conditions)
            {
                if (condition.Type is not (EntityFilterType.EntityId or EntityFilterType.Name or EntityFilterType.Tag or EntityFilterType.ManagementZone))
                {
                    unsupported = condition.Type;
                    return MetricKeyMatch.Unsupported;
                }
            }

            if (!filter.Conditions.All(c => EntityMatches(c, entity)))
            {
                return MetricKeyMatch.NoMatch;
            }
        }

        return definition.ManagementZone is { } zone && (entity is null || !entity.ManagementZones.Any(z => z.Matches(zone)))
            ? MetricKeyMatch.NoMatch
            : MetricKeyMatch.Match;
    }

    private static EntityInfo? EntityOf(SeriesDimensions dimensions, string? key, IEntityDirectory entities)
    {
        if (key is not null)
        {
            return dimensions[key] is { } id ? entities.Resolve(id) : null;
        }

        foreach (var (k, v) in dimensions.Pairs)
        {
            if (k.StartsWith("dt.entity.", StringComparison.Ordinal) && EntityInfo.LooksLikeId(v))
            {
                return entities.Resolve(v);
            }
        }

        return null;
    }

    private static bool EntityMatches(EntityFilterCondition condition, EntityInfo entity) => condition.Type switch
    {
        EntityFilterType.EntityId => TextMatch.Matches(condition.Operator, entity.Id, condition.Value),
        EntityFilterType.Name => TextMatch.Matches(condition.Operator, entity.Name, condition.Value),
        EntityFilterType.ManagementZone => TextMatch.MatchesAny(condition.Operator, entity.ManagementZones.Select(z => z.Name).Concat(entity.ManagementZones.Select(z => z.Id)), condition.Value),
        _ => TextMatch.MatchesAny(condition.Operator, entity.Tags, condition.Value),
    };
}
