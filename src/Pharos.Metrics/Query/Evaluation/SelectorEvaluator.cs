using Pharos.Metrics.Ingest;
using Pharos.Metrics.Selectors.Syntax;
using Pharos.Metrics.Storage;

namespace Pharos.Metrics.Query.Evaluation;

/// <summary>
/// Evaluates a parsed selector over the store, in reading order. Each method returns null after reporting
/// a diagnostic, so a user error stops evaluation without an exception. Transformations that change time
/// (<c>:timeshift</c>, <c>:rollup</c>) evaluate their source under a shifted or widened frame.
/// </summary>
internal sealed partial class SelectorEvaluator(QueryContext context)
{
    private readonly QueryContext _context = context;

    public async ValueTask<Evaluated?> EvaluateAsync(SelectorExpression expression, EvalFrame frame)
    {
        _context.CancellationToken.ThrowIfCancellationRequested();
        switch (expression)
        {
            case MetricKeySyntax key:
                return ResolveMetric(key, frame);
            case NumberSyntax number:
                return new ScalarValue(number.Value);
            case ParenthesizedSyntax parenthesized:
                return await EvaluateAsync(parenthesized.Inner, frame).ConfigureAwait(false);
            case NegationSyntax negation:
                return await NegateAsync(negation, frame).ConfigureAwait(false);
            case BinarySyntax binary:
                return await ArithmeticAsync(binary, frame).ConfigureAwait(false);
            case TransformSyntax transform:
                return await TransformAsync(transform, frame).ConfigureAwait(false);
            default:
                // Missing nodes only exist next to parse errors, which stop a query before evaluation.
                return null;
        }
    }

    /// <summary>Reads lazy metrics and turns numbers into constant series, so every caller gets series.</summary>
    public async ValueTask<SeriesSet?> ToSeriesAsync(Evaluated value, EvalFrame frame, SelectorSpan span) => value switch
    {
        SeriesSet set => set,
        LazyMetric lazy => await MaterializeAsync(lazy, span).ConfigureAwait(false),
        ScalarValue scalar => Constant(scalar.Value, frame),
        _ => null,
    };

    /// <summary>Applies the default aggregation to raw series; already aggregated series pass through.</summary>
    public static SeriesSet EnsureAggregated(SeriesSet set) =>
        set.IsAggregated ? set : Aggregate(set, Aggregation.DefaultFor(set.MetricType));

    public static SeriesSet Aggregate(SeriesSet set, Aggregation aggregation)
    {
        foreach (var series in set.Series)
        {
            var raw = series.Raw!;
            var values = new double[raw.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = aggregation.OfSlot(raw, i);
            }

            series.Values = values;
            series.Raw = null;
        }

        set.IsAggregated = true;
        return set;
    }

    private Evaluated? ResolveMetric(MetricKeySyntax key, EvalFrame frame)
    {
        if (key.IsWildcard)
        {
            _context.Report(_context.Diagnostics.WildcardInQuery(key.Span, key.Key));
            return null;
        }

        if (!_context.Metrics.TryGetValue(key.Key, out var metric))
        {
            _context.MetricMissing = true;
            _context.Report(_context.Diagnostics.UnknownMetric(key.Span, key.Key, _context.Metrics.Keys));
            return null;
        }

        return new LazyMetric(metric, _context.EntityRestriction is { } restriction ? [restriction] : [], frame);
    }

    private async ValueTask<SeriesSet?> MaterializeAsync(LazyMetric lazy, SelectorSpan span)
    {
        var grid = lazy.Frame.Grid;
        var offset = lazy.Frame.OffsetMs;
        var request = new SeriesReadRequest(lazy.Metric.Key, grid.StartMs + offset, grid.EndMs + offset)
        {
            Filter = lazy.Filters.Count == 0 ? null : DimensionFilter.And(lazy.Filters),
            MaxSeries = _context.Options.MaxReadSeries,
        };
        var read = await _context.Store.ReadSeriesAsync(request, _context.CancellationToken).ConfigureAwait(false);
        if (read.Status == MetricStoreStatus.NotFound)
        {
            _context.MetricMissing = true;
            _context.Report(_context.Diagnostics.UnknownMetric(span, lazy.Metric.Key, _context.Metrics.Keys));
            return null;
        }

        if (read.Truncated)
        {
            _context.Report(_context.Diagnostics.TooManyReadSeries(span, lazy.Metric.Key, _context.Options.MaxReadSeries));
            return null;
        }

        var slots = (long)read.Series.Count * grid.Count;
        if (slots > _context.Options.MaxReadSlots)
        {
            _context.Report(_context.Diagnostics.TooManyReadSlots(span, lazy.Metric.Key, slots, _context.Options.MaxReadSlots));
            return null;
        }

        var series = new List<SeriesData>(read.Series.Count);
        foreach (var stored in read.Series)
        {
            var raw = new RawSlots(grid.Count, _context.KeepValues);
            long points = 0;
            foreach (var chunk in stored.Chunks)
            {
                points += SlotAccumulator.Accumulate(chunk, grid, offset, raw);
            }

            if (points > 0)
            {
                _context.PointsRead += points;
                series.Add(new SeriesData(SeriesKey.From(stored.Dimensions)) { Raw = raw });
            }
        }

        _context.SeriesRead += series.Count;
        series.Sort((a, b) => SeriesKey.CompareForOutput(a.Key, b.Key));
        return new SeriesSet(grid, read.Metric?.Type ?? lazy.Metric.Type, isAggregated: false, series) { MetricKey = lazy.Metric.Key };
    }

    private static SeriesSet Constant(double value, EvalFrame frame)
    {
        var values = new double[frame.Grid.Count];
        Array.Fill(values, value);
        return new SeriesSet(frame.Grid, MetricType.Gauge, isAggregated: true, [new SeriesData(SeriesKey.Empty) { Values = values }]);
    }
}
