using System.Globalization;
using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Evaluation.Series;

internal sealed partial class SelectorEvaluator
{
    private List<EvalSeries> Apply(SelectorExpression source, TransformationSyntax t, long from, int minutes)
    {
        switch (t.Kind)
        {
            case TransformationKind.Auto or TransformationKind.Avg or TransformationKind.Count or TransformationKind.Max
                or TransformationKind.Median or TransformationKind.Min or TransformationKind.Sum or TransformationKind.Value:
                return [.. Eval(source, from, minutes).Select(s => Aggregate(s, t.Name.ToLowerInvariant(), 50))];
            case TransformationKind.Percentile:
                var p = t.Arguments is [NumberArgumentSyntax n] ? n.Value : 50;
                return [.. Eval(source, from, minutes).Select(s => Aggregate(s, "percentile", p))];
            case TransformationKind.Filter:
                return [.. Eval(source, from, minutes).Where(s => t.Arguments.All(a => Holds(a, s)))];
            case TransformationKind.SplitBy:
                var keep = t.Arguments.Select(Text).ToHashSet(StringComparer.Ordinal);
                return Group(Eval(source, from, minutes), s => s.Dimensions.Project(keep));
            case TransformationKind.Merge:
                var drop = t.Arguments.Select(Text).ToHashSet(StringComparer.Ordinal);
                return Group(Eval(source, from, minutes), s => s.Dimensions.Without(drop));
            case TransformationKind.Default:
                var fill = t.Arguments.Count > 0 && t.Arguments[0] is NumberArgumentSyntax d ? d.Value : 0;
                return [.. Eval(source, from, minutes).Select(s => EvalSeries.FromValues(s.Dimensions, [.. s.Values().Select(v => double.IsNaN(v) ? fill : v)], s.Constant))];
            case TransformationKind.Limit:
                var limit = t.Arguments is [NumberArgumentSyntax l] ? (int)l.Value : int.MaxValue;
                return [.. Eval(source, from, minutes).Take(limit)];
            case TransformationKind.Timeshift:
                var shift = t.Arguments is [DurationArgumentSyntax s1] ? (long)s1.Duration.TotalMinutes : 0;
                return Eval(source, from + shift, minutes);
            case TransformationKind.Rollup:
                return Rollup(source, t, from, minutes);
            case TransformationKind.Names or TransformationKind.Parents or TransformationKind.AsGauge or TransformationKind.SetUnit:
                return Eval(source, from, minutes);
            default:
                throw new UnsupportedSelectorException($"the transformation ':{t.Name}' is not supported");
        }
    }

    private static EvalSeries Aggregate(EvalSeries series, string aggregation, double percentile) =>
        EvalSeries.FromValues(series.Dimensions, [.. series.Points.Select(p => p.Resolve(aggregation, percentile))], series.Constant);

    private static List<EvalSeries> Group(List<EvalSeries> series, Func<EvalSeries, SeriesDimensions> keyOf)
    {
        var groups = new SortedDictionary<string, (SeriesDimensions Dimensions, SeriesPoint[] Points)>(StringComparer.Ordinal);
        foreach (var s in series)
        {
            var dimensions = keyOf(s);
            if (!groups.TryGetValue(dimensions.Key, out var group))
            {
                group = (dimensions, [.. s.Points]);
                groups.Add(dimensions.Key, group);
                continue;
            }

            for (var i = 0; i < group.Points.Length; i++)
            {
                group.Points[i] = SeriesPoint.Merge(group.Points[i], s.Points[i]);
            }
        }

        return [.. groups.Values.Select(g => new EvalSeries(g.Dimensions, g.Points, Resolved: false))];
    }

    private List<EvalSeries> Rollup(SelectorExpression source, TransformationSyntax t, long from, int minutes)
    {
        if (t.Arguments is not [var aggregationArgument, DurationArgumentSyntax window])
        {
            throw new UnsupportedSelectorException("':rollup' needs an aggregation and a window, e.g. :rollup(avg, 5m)");
        }

        var (aggregation, percentile) = AggregationOf(aggregationArgument);
        var width = Math.Max(1, (int)window.Duration.TotalMinutes);
        var wide = Eval(source, from - width + 1, minutes + width - 1);
        var result = new List<EvalSeries>();
        foreach (var s in wide)
        {
            var values = new double[minutes];
            for (var i = 0; i < minutes; i++)
            {
                var merged = SeriesPoint.Empty;
                for (var k = 0; k < width; k++)
                {
                    merged = SeriesPoint.Merge(merged, s.Points[i + k]);
                }

                values[i] = merged.Resolve(aggregation, percentile);
            }

            result.Add(EvalSeries.FromValues(s.Dimensions, values, s.Constant));
        }

        return result;
    }

    private static (string Name, double Percentile) AggregationOf(ArgumentSyntax argument) => argument switch
    {
        NameArgumentSyntax name => (name.Name.ToLowerInvariant(), 50),
        CallArgumentSyntax { Name: "percentile", Arguments: [NumberArgumentSyntax p] } => ("percentile", p.Value),
        _ => throw new UnsupportedSelectorException("unknown rollup aggregation"),
    };

    private static string Text(ArgumentSyntax argument) => argument switch
    {
        StringArgumentSyntax s => s.Value,
        NameArgumentSyntax n => n.Name,
        NumberArgumentSyntax n => n.Value.ToString(CultureInfo.InvariantCulture),
        _ => throw new UnsupportedSelectorException("expected a dimension key or value"),
    };
}
