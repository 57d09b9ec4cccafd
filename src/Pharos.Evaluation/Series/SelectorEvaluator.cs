using Pharos.Evaluation.Entities;
using Pharos.Metrics.Selectors;
using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Evaluation.Series;

/// <summary>
/// Evaluates a metric selector over <see cref="InMemoryMetricSeriesSource"/>, one value per minute, for alert
/// tests: metric keys, <c>:filter</c> (eq, ne, prefix, suffix, contains, in/entitySelector, existsKey, series,
/// and, or, not), <c>:splitBy</c>, <c>:merge</c>, aggregations, <c>:default</c>, <c>:limit</c>, <c>:timeshift</c>,
/// <c>:rollup</c>, arithmetic between series and numbers, and the display-only transformations. Aggregation
/// stays open until an aggregation transformation (or the end: auto = average) picks it. Everything else is
/// reported as unsupported rather than guessed.
/// </summary>
internal sealed partial class SelectorEvaluator(InMemoryMetricSeriesSource store, IEntityDirectory entities)
{
    public MetricSeriesResult Evaluate(MetricSelectorParseResult parsed, long from, int minutes)
    {
        if (parsed.Selectors.Count != 1)
        {
            return MetricSeriesResult.Failed("a metric event selector must be a single selector, not a comma-separated list");
        }

        try
        {
            var series = Eval(parsed.Selectors[0], from, minutes);
            return new MetricSeriesResult([.. series.Where(s => !s.Constant).Select(s => new MinuteSeries(s.Dimensions, s.Values()))]);
        }
        catch (UnsupportedSelectorException ex)
        {
            return MetricSeriesResult.Failed(ex.Message);
        }
    }

    private List<EvalSeries> Eval(SelectorExpression expression, long from, int minutes) => expression switch
    {
        MetricKeySyntax key => ReadKey(key, from, minutes),
        NumberSyntax number => [EvalSeries.FromValues(SeriesDimensions.Empty, [.. Enumerable.Repeat(number.Value, minutes)], constant: true)],
        ParenthesizedSyntax parenthesized => Eval(parenthesized.Inner, from, minutes),
        NegationSyntax negation => [.. Eval(negation.Operand, from, minutes).Select(s => EvalSeries.FromValues(s.Dimensions, [.. s.Values().Select(v => -v)], s.Constant))],
        BinarySyntax binary => Combine(binary.Operator, Eval(binary.Left, from, minutes), Eval(binary.Right, from, minutes)),
        TransformSyntax transform => Apply(transform.Source, transform.Transformation, from, minutes),
        _ => throw new UnsupportedSelectorException("the selector is incomplete"),
    };

    private List<EvalSeries> ReadKey(MetricKeySyntax key, long from, int minutes)
    {
        if (key.IsWildcard)
        {
            throw new UnsupportedSelectorException($"the wildcard key '{key.Key}' cannot be evaluated");
        }

        var result = new List<EvalSeries>();
        foreach (var stored in store.SeriesOf(key.Key))
        {
            var points = new SeriesPoint[minutes];
            for (var i = 0; i < minutes; i++)
            {
                points[i] = SeriesPoint.Of(stored.At(from + i));
            }

            result.Add(new EvalSeries(stored.Dimensions, points, Resolved: false));
        }

        return result;
    }

    private static List<EvalSeries> Combine(ArithmeticOperator op, List<EvalSeries> left, List<EvalSeries> right)
    {
        static bool Broadcasts(List<EvalSeries> side) => side.Count == 1 && (side[0].Constant || side[0].Dimensions.Count == 0);

        var result = new List<EvalSeries>();
        if (Broadcasts(left) || Broadcasts(right))
        {
            var (one, many, oneOnLeft) = Broadcasts(left) ? (left[0], right, true) : (right[0], left, false);
            foreach (var other in many)
            {
                var a = oneOnLeft ? one.Values() : other.Values();
                var b = oneOnLeft ? other.Values() : one.Values();
                result.Add(EvalSeries.FromValues(other.Dimensions, Arithmetic(op, a, b), one.Constant && other.Constant));
            }

            return result;
        }

        var rightByKey = right.ToDictionary(s => s.Dimensions.Key, StringComparer.Ordinal);
        foreach (var l in left)
        {
            if (rightByKey.TryGetValue(l.Dimensions.Key, out var r))
            {
                result.Add(EvalSeries.FromValues(l.Dimensions, Arithmetic(op, l.Values(), r.Values())));
            }
        }

        return result;
    }

    private static double[] Arithmetic(ArithmeticOperator op, double[] a, double[] b)
    {
        var result = new double[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            result[i] = op switch
            {
                ArithmeticOperator.Add => a[i] + b[i],
                ArithmeticOperator.Subtract => a[i] - b[i],
                ArithmeticOperator.Multiply => a[i] * b[i],
                _ => b[i] == 0 ? double.NaN : a[i] / b[i],
            };
        }

        return result;
    }
}
