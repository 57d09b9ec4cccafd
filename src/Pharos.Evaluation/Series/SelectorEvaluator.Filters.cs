using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Evaluation.Series;

internal sealed partial class SelectorEvaluator
{
    private bool Holds(ArgumentSyntax condition, EvalSeries series)
    {
        if (condition is not CallArgumentSyntax call)
        {
            throw new UnsupportedSelectorException("a filter condition must be a call such as eq(\"key\",\"value\")");
        }

        var args = call.Arguments;
        switch (call.Name)
        {
            case "eq" or "ne" or "prefix" or "suffix" or "contains" when args.Count == 2:
                var actual = series.Dimensions[Text(args[0])];
                var expected = Text(args[1]);
                return call.Name switch
                {
                    "eq" => actual == expected,
                    "ne" => actual != expected,
                    "prefix" => actual is not null && actual.StartsWith(expected, StringComparison.Ordinal),
                    "suffix" => actual is not null && actual.EndsWith(expected, StringComparison.Ordinal),
                    _ => actual is not null && actual.Contains(expected, StringComparison.Ordinal),
                };
            case "in" when args is [var key, CallArgumentSyntax { Name: "entitySelector", Arguments: [StringArgumentSyntax selector] }]:
                return series.Dimensions[Text(key)] is { } id && EntitySelectorMatcher.Select(selector.Value, entities).Contains(id);
            case "existsKey" when args.Count == 1:
                return series.Dimensions[Text(args[0])] is not null;
            case "not" when args.Count == 1:
                return !Holds(args[0], series);
            case "and":
                return args.All(a => Holds(a, series));
            case "or":
                return args.Any(a => Holds(a, series));
            case "series" when args is [var aggregation, CallArgumentSyntax { Arguments: [NumberArgumentSyntax bound] } comparison]:
                var (name, percentile) = AggregationOf(aggregation);
                var all = series.Points.Aggregate(SeriesPoint.Empty, SeriesPoint.Merge).Resolve(name, percentile);
                return comparison.Name switch
                {
                    "lt" => all < bound.Value,
                    "le" => all <= bound.Value,
                    "eq" => all == bound.Value,
                    "ne" => all != bound.Value,
                    "gt" => all > bound.Value,
                    _ => all >= bound.Value,
                };
            default:
                throw new UnsupportedSelectorException($"the filter condition '{call.Name}' is not supported");
        }
    }
}
