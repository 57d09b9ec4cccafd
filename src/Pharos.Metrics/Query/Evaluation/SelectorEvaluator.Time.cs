using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Metrics.Query.Evaluation;

internal sealed partial class SelectorEvaluator
{
    private const string SkipFirst = "skipfirst";

    /// <summary>
    /// Each slot becomes the aggregation over a window ending at that slot. The window is rounded up to
    /// whole slots, and the source is evaluated over a grid widened by that many slots so the first slots
    /// see full windows.
    /// </summary>
    private async ValueTask<Evaluated?> RollupAsync(TransformSyntax node, EvalFrame frame)
    {
        var t = node.Transformation;
        if (t.Arguments is not [var aggregationArgument, DurationArgumentSyntax window] || Aggregation.FromArgument(aggregationArgument) is not { } requested)
        {
            return Unsupported(t, "write it as :rollup(avg,5m).");
        }

        var grid = frame.Grid;
        var windowMs = (long)window.Duration.TotalMilliseconds;
        var extra = grid.IsInfinite ? 0 : (int)Math.Max(0, ((windowMs + grid.ResolutionMs - 1) / grid.ResolutionMs) - 1);
        var widened = frame with { Grid = grid.ExtendBack(extra) };
        var source = await EvaluateAsync(node.Source, widened).ConfigureAwait(false);
        if (source is null || await ToSeriesAsync(source, widened, node.Source.Span).ConfigureAwait(false) is not { } set)
        {
            return null;
        }

        if (set.IsSinglePoint)
        {
            _context.Report(_context.Diagnostics.CannotFollowFold(t.Span, "rollup"));
            return null;
        }

        if (!CheckAllowed(set, requested, t))
        {
            return null;
        }

        var aggregation = requested.Resolve(set.MetricType);
        foreach (var series in set.Series)
        {
            var values = new double[grid.Count];
            for (var j = 0; j < values.Length; j++)
            {
                values[j] = set.IsAggregated
                    ? aggregation.OfValues(series.Values.AsSpan(j, extra + 1))
                    : aggregation.OfRange(series.Raw!, j, extra + 1);
            }

            series.Values = values;
            series.Raw = null;
            series.Defaulted = null;
        }

        var result = new SeriesSet(grid, set.MetricType, isAggregated: true, set.Series) { MetricKey = set.MetricKey, RateApplied = set.RateApplied };
        result.Series.RemoveAll(s => s.Values!.All(double.IsNaN));
        return result;
    }

    private SeriesSet Default(SeriesSet set, TransformationSyntax t)
    {
        var fill = t.Arguments is [NumberArgumentSyntax n, ..] ? n.Value : 0;
        var always = t.Arguments.Count == 2;
        EnsureAggregated(set);
        if (set.Series.Count == 0)
        {
            if (!always)
            {
                _context.Warnings.Add("The :default operator could not be applied as it requires at least one written data point for the metric in the query timeframe.");
                return set;
            }

            set.Series.Add(new SeriesData(SeriesKey.Empty) { Values = new double[set.Length] });
            Array.Fill(set.Series[0].Values!, double.NaN);
        }

        foreach (var series in set.Series)
        {
            var values = series.Values!;
            series.Defaulted ??= new bool[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                if (double.IsNaN(values[i]))
                {
                    values[i] = fill;
                    series.Defaulted[i] = true;
                }
            }
        }

        return set;
    }

    /// <summary>Values per time unit: each slot's value scaled from the slot length to the rate unit (default 1m).</summary>
    private SeriesSet? Rate(SeriesSet set, TransformationSyntax t)
    {
        if (!set.IsAggregated)
        {
            _context.Report(_context.Diagnostics.NeedsAggregation(t.Span, "rate"));
            return null;
        }

        if (set.RateApplied)
        {
            _context.Report(_context.Diagnostics.RateTwice(t.Span));
            return null;
        }

        var unitMs = t.Arguments is [DurationArgumentSyntax unit] ? unit.Duration.TotalMilliseconds : 60_000.0;
        foreach (var series in set.Series)
        {
            // A folded value spans the whole timeframe; a :last value spans one slot.
            var slotMs = set.IsSinglePoint && series.Timestamp is null ? (double)(set.Grid.EndMs - set.Grid.StartMs) : set.Grid.ResolutionMs;
            var factor = unitMs / slotMs;
            var values = series.Values!;
            for (var i = 0; i < values.Length; i++)
            {
                values[i] *= factor;
            }
        }

        set.RateApplied = true;
        return set;
    }

    /// <summary>The change from the previous slot; null for the first slot and next to nulls, 0 when negative.</summary>
    private SeriesSet? Delta(SeriesSet set, TransformationSyntax t)
    {
        if (!set.IsAggregated)
        {
            _context.Report(_context.Diagnostics.NeedsAggregation(t.Span, "delta"));
            return null;
        }

        if (set.IsSinglePoint)
        {
            _context.Report(_context.Diagnostics.CannotFollowFold(t.Span, "delta"));
            return null;
        }

        foreach (var series in set.Series)
        {
            var values = series.Values!;
            var previous = double.NaN;
            for (var i = 0; i < values.Length; i++)
            {
                var current = values[i];
                values[i] = double.IsNaN(previous) || double.IsNaN(current) ? double.NaN : Math.Max(0, current - previous);
                previous = current;
            }
        }

        return set;
    }

    /// <summary><c>:smooth(skipfirst)</c>: the first point after a gap (a null slot) becomes null too.</summary>
    private SeriesSet? Smooth(SeriesSet set, TransformationSyntax t)
    {
        if (t.Arguments is not [NameArgumentSyntax { Name: SkipFirst }])
        {
            return Unsupported(t, "only the skipfirst strategy exists: :smooth(skipfirst).");
        }

        EnsureAggregated(set);
        foreach (var series in set.Series)
        {
            var values = series.Values!;
            var original = (double[])values.Clone();
            for (var i = 1; i < values.Length; i++)
            {
                if (double.IsNaN(original[i - 1]))
                {
                    values[i] = double.NaN;
                }
            }
        }

        return set;
    }

    private SeriesSet? ToUnit(SeriesSet set, TransformationSyntax t)
    {
        if (!set.IsAggregated)
        {
            _context.Report(_context.Diagnostics.NeedsAggregation(t.Span, "toUnit"));
            return null;
        }

        var source = ConditionCompiler.Text(t.Arguments[0]);
        var target = ConditionCompiler.Text(t.Arguments[1]);
        if (UnitConversions.Factor(source, target) is not { } factor)
        {
            _context.Report(_context.Diagnostics.UnknownUnitConversion(t.Span, source, target));
            return null;
        }

        foreach (var series in set.Series)
        {
            var values = series.Values!;
            for (var i = 0; i < values.Length; i++)
            {
                values[i] *= factor;
            }
        }

        return set;
    }
}
