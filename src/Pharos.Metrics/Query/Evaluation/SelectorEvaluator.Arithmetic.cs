using Pharos.Metrics.Ingest;
using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Metrics.Query.Evaluation;

internal sealed partial class SelectorEvaluator
{
    /// <summary>
    /// Arithmetic between selectors and numbers. Raw operands get their default aggregation first. A number,
    /// or a side with a single series without dimensions, is applied to every series of the other side;
    /// otherwise series pair up by equal dimensions and unpaired series are dropped. A single-point side
    /// (after :fold) is applied to every slot. Null in, division by zero or overflow give null.
    /// </summary>
    private async ValueTask<Evaluated?> ArithmeticAsync(BinarySyntax node, EvalFrame frame)
    {
        var left = await EvaluateAsync(node.Left, frame).ConfigureAwait(false);
        if (left is null)
        {
            return null;
        }

        var right = await EvaluateAsync(node.Right, frame).ConfigureAwait(false);
        if (right is null)
        {
            return null;
        }

        if (left is ScalarValue l && right is ScalarValue r)
        {
            return new ScalarValue(Apply(node.Operator, l.Value, r.Value));
        }

        var leftSet = left is ScalarValue ? null : await ToSeriesAsync(left, frame, node.Left.Span).ConfigureAwait(false);
        var rightSet = right is ScalarValue ? null : await ToSeriesAsync(right, frame, node.Right.Span).ConfigureAwait(false);
        if ((left is not ScalarValue && leftSet is null) || (right is not ScalarValue && rightSet is null))
        {
            return null;
        }

        if (leftSet is null)
        {
            return Broadcast(EnsureAggregated(rightSet!), ((ScalarValue)left).Value, (x, s) => Apply(node.Operator, s, x));
        }

        if (rightSet is null)
        {
            return Broadcast(EnsureAggregated(leftSet), ((ScalarValue)right).Value, (x, s) => Apply(node.Operator, x, s));
        }

        return Combine(EnsureAggregated(leftSet), EnsureAggregated(rightSet), node.Operator);
    }

    private async ValueTask<Evaluated?> NegateAsync(NegationSyntax node, EvalFrame frame)
    {
        var operand = await EvaluateAsync(node.Operand, frame).ConfigureAwait(false);
        if (operand is null)
        {
            return null;
        }

        if (operand is ScalarValue scalar)
        {
            return new ScalarValue(-scalar.Value);
        }

        var set = await ToSeriesAsync(operand, frame, node.Operand.Span).ConfigureAwait(false);
        return set is null ? null : Broadcast(EnsureAggregated(set), 0, (x, _) => -x);
    }

    private static SeriesSet Broadcast(SeriesSet set, double scalar, Func<double, double, double> operation)
    {
        foreach (var series in set.Series)
        {
            var values = series.Values!;
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Clean(operation(values[i], scalar));
            }
        }

        set.MetricType = MetricType.Gauge;
        return set;
    }

    private static SeriesSet Combine(SeriesSet left, SeriesSet right, ArithmeticOperator op)
    {
        var grid = left.IsSinglePoint && !right.IsSinglePoint ? right.Grid : left.Grid;
        var singlePoint = left.IsSinglePoint && right.IsSinglePoint;
        var length = singlePoint ? 1 : grid.Count;
        var pairs = new List<(SeriesData Left, SeriesData Right, SeriesKey Key)>();
        if (IsLone(right))
        {
            pairs.AddRange(left.Series.Select(s => (s, right.Series[0], s.Key)));
        }
        else if (IsLone(left))
        {
            pairs.AddRange(right.Series.Select(s => (left.Series[0], s, s.Key)));
        }
        else
        {
            var byKey = new Dictionary<SeriesKey, SeriesData>();
            foreach (var series in right.Series)
            {
                byKey.TryAdd(series.Key, series);
            }

            foreach (var series in left.Series)
            {
                if (byKey.TryGetValue(series.Key, out var match))
                {
                    pairs.Add((series, match, series.Key));
                }
            }
        }

        var result = new List<SeriesData>(pairs.Count);
        foreach (var (a, b, key) in pairs)
        {
            var values = new double[length];
            for (var i = 0; i < length; i++)
            {
                var x = a.Values!.Length == 1 ? a.Values[0] : a.Values[i];
                var y = b.Values!.Length == 1 ? b.Values[0] : b.Values[i];
                values[i] = Clean(Apply(op, x, y));
            }

            result.Add(new SeriesData(key) { Values = values, Timestamp = singlePoint ? a.Timestamp ?? b.Timestamp : null });
        }

        return new SeriesSet(grid, MetricType.Gauge, isAggregated: true, result) { IsSinglePoint = singlePoint };
    }

    private static bool IsLone(SeriesSet set) => set.Series.Count == 1 && set.Series[0].Key.Entries.Count == 0;

    private static double Apply(ArithmeticOperator op, double x, double y) => op switch
    {
        ArithmeticOperator.Add => x + y,
        ArithmeticOperator.Subtract => x - y,
        ArithmeticOperator.Multiply => x * y,
        _ => y == 0 ? double.NaN : x / y,
    };

    private static double Clean(double value) => double.IsFinite(value) ? value : double.NaN;
}
