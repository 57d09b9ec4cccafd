using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Metrics.Query.Evaluation;

internal sealed partial class SelectorEvaluator
{
    private SeriesSet Filter(SeriesSet set, TransformationSyntax t)
    {
        var predicate = ConditionCompiler.Compile(t.Arguments, _context.EntitySets);
        set.Series = set.Series.Where(s => predicate(s, set)).ToList();
        return set;
    }

    /// <summary>
    /// Orders series by one or more keys; series with no value or no dimension value sort last in either
    /// direction, and ties keep their previous order (a stable sort).
    /// </summary>
    private static SeriesSet Sort(SeriesSet set, TransformationSyntax t)
    {
        IOrderedEnumerable<SeriesData>? ordered = null;
        foreach (var key in t.Arguments.OfType<CallArgumentSyntax>())
        {
            var descending = key.Arguments.Count > 1 && key.Arguments[1] is NameArgumentSyntax { Name: "descending" };
            if (key.Name == "value")
            {
                var requested = Aggregation.FromArgument(key.Arguments[0]) ?? new Aggregation(AggregationKind.Auto);
                var cache = new Dictionary<SeriesData, double>(ReferenceEqualityComparer.Instance);
                double ValueOf(SeriesData s)
                {
                    if (!cache.TryGetValue(s, out var value))
                    {
                        var aggregation = set.IsAggregated && requested.Kind == AggregationKind.Auto ? new Aggregation(AggregationKind.Sum) : requested.Resolve(set.MetricType);
                        value = s.Raw is { } raw ? aggregation.OfRange(raw, 0, raw.Length) : aggregation.OfValues(s.Values);
                        cache[s] = value;
                    }

                    return value;
                }

                var comparer = Comparer<SeriesData>.Create((a, b) => CompareNullsLast(ValueOf(a), ValueOf(b), descending));
                ordered = ordered is null ? set.Series.Order(comparer) : ordered.ThenBy(s => s, comparer);
            }
            else
            {
                var dimension = ConditionCompiler.Text(key.Arguments[0]);
                var natural = key.Arguments.Count > 2 && key.Arguments[2] is NameArgumentSyntax { Name: "natural" };
                var comparer = Comparer<SeriesData>.Create((a, b) =>
                {
                    a.Key.TryGet(dimension, out var x);
                    b.Key.TryGet(dimension, out var y);
                    if (x is null || y is null)
                    {
                        return x is null ? (y is null ? 0 : 1) : -1;
                    }

                    var order = natural ? NaturalCompare(x, y) : string.CompareOrdinal(x, y);
                    return descending ? -order : order;
                });
                ordered = ordered is null ? set.Series.Order(comparer) : ordered.ThenBy(s => s, comparer);
            }
        }

        if (ordered is not null)
        {
            set.Series = [.. ordered];
        }

        return set;
    }

    private static int CompareNullsLast(double a, double b, bool descending)
    {
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return double.IsNaN(a) ? (double.IsNaN(b) ? 0 : 1) : -1;
        }

        return descending ? b.CompareTo(a) : a.CompareTo(b);
    }

    /// <summary>Compares runs of digits by number, so "host-9" sorts before "host-10".</summary>
    private static int NaturalCompare(string x, string y)
    {
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var si = i;
                var sj = j;
                while (i < x.Length && char.IsAsciiDigit(x[i]))
                {
                    i++;
                }

                while (j < y.Length && char.IsAsciiDigit(y[j]))
                {
                    j++;
                }

                var a = x[si..i].TrimStart('0');
                var b = y[sj..j].TrimStart('0');
                var order = a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
                if (order != 0)
                {
                    return order;
                }

                continue;
            }

            if (x[i] != y[j])
            {
                return x[i].CompareTo(y[j]);
            }

            i++;
            j++;
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }

    /// <summary>Splits each series by where its values fall (<c>value(…)</c>) or by a dimension condition (<c>dimension(…)</c>).</summary>
    private SeriesSet? Partition(SeriesSet set, TransformationSyntax t)
    {
        var dimension = ConditionCompiler.Text(t.Arguments[0]);
        var partitions = t.Arguments.Skip(1).OfType<CallArgumentSyntax>().ToList();
        if (partitions.Count > 0 && partitions.All(p => p.Name == "dimension"))
        {
            var tests = partitions.Select(p => (Label: ConditionCompiler.Text(p.Arguments[0]), Test: IsOtherwise(p.Arguments[1]) ? null : ConditionCompiler.Compile([p.Arguments[1]], _context.EntitySets))).ToList();
            var kept = new List<SeriesData>();
            foreach (var series in set.Series)
            {
                var match = tests.FirstOrDefault(p => p.Test is null || p.Test(series, set));
                if (match.Label is not null)
                {
                    series.Key = series.Key.With([.. series.Key.Entries, new KeyEntry(dimension, match.Label)]);
                    kept.Add(series);
                }
            }

            set.Series = kept;
            return set;
        }

        var valueTests = new List<(string Label, Func<double, bool>? Test)>();
        foreach (var p in partitions)
        {
            if (p.Name != "value" || p.Arguments.Count != 2)
            {
                _context.Report(_context.Diagnostics.InvalidPartition(p.Span, p.Name + "(…)"));
                return null;
            }

            if (IsOtherwise(p.Arguments[1]))
            {
                valueTests.Add((ConditionCompiler.Text(p.Arguments[0]), null));
            }
            else if (p.Arguments[1] is CallArgumentSyntax { Name: "lt" or "le" or "eq" or "ne" or "gt" or "ge", Arguments: [NumberArgumentSyntax threshold] } comparison)
            {
                valueTests.Add((ConditionCompiler.Text(p.Arguments[0]), ConditionCompiler.Comparison(comparison.Name, threshold.Value)));
            }
            else
            {
                _context.Report(_context.Diagnostics.InvalidPartition(p.Arguments[1].Span, p.Arguments[1].ToString()));
                return null;
            }
        }

        EnsureAggregated(set);
        var result = new List<SeriesData>();
        foreach (var series in set.Series)
        {
            var split = valueTests.Select(_ => Enumerable.Repeat(double.NaN, series.Values!.Length).ToArray()).ToArray();
            for (var i = 0; i < series.Values!.Length; i++)
            {
                var v = series.Values[i];
                var index = double.IsNaN(v) ? -1 : valueTests.FindIndex(p => p.Test is null || p.Test(v));
                if (index >= 0)
                {
                    split[index][i] = v;
                }
            }

            for (var p = 0; p < valueTests.Count; p++)
            {
                if (split[p].Any(v => !double.IsNaN(v)))
                {
                    result.Add(new SeriesData(series.Key.With([.. series.Key.Entries, new KeyEntry(dimension, valueTests[p].Label)])) { Values = split[p], Timestamp = series.Timestamp });
                }
            }
        }

        set.Series = result;
        return set;
    }

    private static bool IsOtherwise(ArgumentSyntax argument) => argument is NameArgumentSyntax { Name: "otherwise" };
}
