using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Metrics.Query.Evaluation;

internal sealed partial class SelectorEvaluator
{
    /// <summary>
    /// Keeps the listed dimensions and merges series that then share them. Raw series merge their slot
    /// statistics (so a later :avg is weighted by samples); aggregated series are summed, because the
    /// aggregation's meaning is gone by then (Dynatrace behaves the same).
    /// </summary>
    private static SeriesSet SplitBy(SeriesSet set, IReadOnlyList<string> keys) => Group(set, series => series.Key.Project(keys));

    private static SeriesSet Merge(SeriesSet set, IReadOnlySet<string> keys) => Group(set, series => series.Key.Without(keys));

    private static SeriesSet Group(SeriesSet set, Func<SeriesData, SeriesKey> keyOf)
    {
        var groups = new Dictionary<SeriesKey, SeriesData>();
        var order = new List<SeriesData>();
        foreach (var series in set.Series)
        {
            var key = keyOf(series);
            if (!groups.TryGetValue(key, out var group))
            {
                group = new SeriesData(key) { Timestamp = series.Timestamp };
                if (set.IsAggregated)
                {
                    group.Values = new double[series.Values!.Length];
                    Array.Fill(group.Values, double.NaN);
                }
                else
                {
                    group.Raw = new RawSlots(series.Raw!.Length, series.Raw.Values is not null);
                }

                groups.Add(key, group);
                order.Add(group);
            }

            if (set.IsAggregated)
            {
                var target = group.Values!;
                var source = series.Values!;
                for (var i = 0; i < target.Length; i++)
                {
                    if (!double.IsNaN(source[i]))
                    {
                        target[i] = double.IsNaN(target[i]) ? source[i] : target[i] + source[i];
                    }
                }
            }
            else
            {
                for (var i = 0; i < group.Raw!.Length; i++)
                {
                    group.Raw.Merge(i, series.Raw!, i);
                }
            }
        }

        order.Sort((a, b) => SeriesKey.CompareForOutput(a.Key, b.Key));
        set.Series = order;
        return set;
    }

    /// <summary>
    /// One value per series over the whole timeframe. Raw series default to the metric's aggregation;
    /// aggregated series default to sum (the aggregation's meaning is gone, as the Dynatrace FAQ warns).
    /// </summary>
    private SeriesSet? Fold(SeriesSet set, TransformationSyntax t)
    {
        var requested = t.Arguments is [var argument] ? Aggregation.FromArgument(argument) : null;
        if (set.IsSinglePoint)
        {
            return set;
        }

        if (!CheckAllowed(set, requested, t))
        {
            return null;
        }

        foreach (var series in set.Series)
        {
            series.Values = set.IsAggregated
                ? [(requested ?? new Aggregation(AggregationKind.Sum)).Resolve(set.MetricType).OfValues(series.Values)]
                : [(requested ?? Aggregation.DefaultFor(set.MetricType)).Resolve(set.MetricType).OfRange(series.Raw!, 0, series.Raw!.Length)];
            series.Raw = null;
            series.Defaulted = null;
        }

        set.IsAggregated = true;
        set.IsSinglePoint = true;
        return set;
    }

    /// <summary>The most recent slot with data per series, reported at that slot's end.</summary>
    private SeriesSet? Last(SeriesSet set, TransformationSyntax t)
    {
        var requested = t.Arguments is [var argument] ? Aggregation.FromArgument(argument) : null;
        var skipDefaulted = t.Kind == TransformationKind.LastReal;
        if (set.IsSinglePoint || !CheckAllowed(set, requested, t))
        {
            return set.IsSinglePoint ? set : null;
        }

        var aggregation = (requested ?? Aggregation.DefaultFor(set.MetricType)).Resolve(set.MetricType);
        foreach (var series in set.Series)
        {
            var value = double.NaN;
            long? timestamp = null;
            for (var i = set.Grid.Count - 1; i >= 0; i--)
            {
                var candidate = set.IsAggregated
                    ? (skipDefaulted && series.Defaulted?[i] == true ? double.NaN : series.Values![i])
                    : aggregation.OfSlot(series.Raw!, i);
                if (!double.IsNaN(candidate))
                {
                    value = candidate;
                    timestamp = set.Grid.SlotEndMs(i);
                    break;
                }
            }

            series.Values = [value];
            series.Timestamp = timestamp;
            series.Raw = null;
            series.Defaulted = null;
        }

        set.IsAggregated = true;
        set.IsSinglePoint = true;
        return set;
    }

    private bool CheckAllowed(SeriesSet set, Aggregation? requested, TransformationSyntax t)
    {
        if (requested is not { } aggregation || set.IsAggregated || aggregation.IsAllowedFor(set.MetricType))
        {
            return true;
        }

        _context.Report(_context.Diagnostics.AggregationNotAllowed(t.Span, aggregation.Name, set.MetricKey ?? "", "gauge", string.Join(", ", Aggregation.GaugeNames)));
        return false;
    }
}
