using Pharos.Metrics.Ingest;
using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Metrics.Query.Evaluation;

internal sealed partial class SelectorEvaluator
{
    private async ValueTask<Evaluated?> TransformAsync(TransformSyntax node, EvalFrame frame)
    {
        var t = node.Transformation;
        switch (t.Kind)
        {
            case TransformationKind.Timeshift when t.Arguments is [DurationArgumentSyntax shift]:
                return await EvaluateAsync(node.Source, frame with { OffsetMs = frame.OffsetMs + (long)shift.Duration.TotalMilliseconds }).ConfigureAwait(false);
            case TransformationKind.Rollup:
                return await RollupAsync(node, frame).ConfigureAwait(false);
        }

        var source = await EvaluateAsync(node.Source, frame).ConfigureAwait(false);
        if (source is null)
        {
            return null;
        }

        if (t.Kind == TransformationKind.Filter && source is LazyMetric lazy && ConditionCompiler.TryToDimensionFilter(t.Arguments, _context.EntitySets) is { } pushed)
        {
            return lazy.WithFilter(pushed);
        }

        var set = await ToSeriesAsync(source, frame, node.Source.Span).ConfigureAwait(false);
        if (set is null)
        {
            return null;
        }

        if (Aggregation.FromTransformation(t) is { } aggregation)
        {
            return ApplyAggregation(set, aggregation, t, node);
        }

        return t.Kind switch
        {
            TransformationKind.Filter => Filter(set, t),
            TransformationKind.SplitBy => SplitBy(set, [.. t.Arguments.Select(DimensionName)]),
            TransformationKind.Merge => Merge(set, t.Arguments.Select(DimensionName).ToHashSet(StringComparer.Ordinal)),
            TransformationKind.Fold => Fold(set, t),
            TransformationKind.Last or TransformationKind.LastReal => Last(set, t),
            TransformationKind.Limit => Limit(set, t),
            TransformationKind.Sort => Sort(set, t),
            TransformationKind.Names => await NamesAsync(set).ConfigureAwait(false),
            TransformationKind.Default => Default(set, t),
            TransformationKind.Rate => Rate(set, t),
            TransformationKind.Delta => Delta(set, t),
            TransformationKind.Smooth => Smooth(set, t),
            TransformationKind.ToUnit => ToUnit(set, t),
            TransformationKind.Partition => Partition(set, t),
            TransformationKind.SetUnit => set,
            TransformationKind.AsGauge => AsGauge(set),
            TransformationKind.Parents => await ParentsAsync(set, t).ConfigureAwait(false),
            _ => Unsupported(t, "the transformation is unknown."),
        };
    }

    private SeriesSet? ApplyAggregation(SeriesSet set, Aggregation aggregation, TransformationSyntax t, TransformSyntax node)
    {
        if (set.IsAggregated)
        {
            _context.Report(_context.Diagnostics.AlreadyAggregated(t.Span, aggregation.Name));
            return null;
        }

        if (!aggregation.IsAllowedFor(set.MetricType))
        {
            var key = set.MetricKey ?? node.Source.ToString();
            var type = set.MetricType == MetricType.Count ? "count" : "gauge";
            _context.Report(_context.Diagnostics.AggregationNotAllowed(t.Span, aggregation.Name, key, type, string.Join(", ", Aggregation.NamesFor(set.MetricType))));
            return null;
        }

        return Aggregate(set, aggregation.Resolve(set.MetricType));
    }

    private static SeriesSet Limit(SeriesSet set, TransformationSyntax t)
    {
        var limit = t.Arguments is [NumberArgumentSyntax n] ? (int)n.Value : int.MaxValue;
        if (set.Series.Count > limit)
        {
            set.Series = set.Series.GetRange(0, limit);
        }

        return set;
    }

    private static SeriesSet AsGauge(SeriesSet set)
    {
        set.MetricType = MetricType.Gauge;
        return set;
    }

    private async ValueTask<SeriesSet> NamesAsync(SeriesSet set)
    {
        var ids = set.Series
            .SelectMany(s => s.Key.Entries)
            .Where(e => IsEntityKey(e.Key) && e.Value is not null)
            .Select(e => e.Value!)
            .ToHashSet(StringComparer.Ordinal);
        IReadOnlyDictionary<string, string> names = _context.Names is { } resolver && ids.Count > 0
            ? await resolver.GetNamesAsync(ids, _context.CancellationToken).ConfigureAwait(false)
            : new Dictionary<string, string>();
        foreach (var series in set.Series)
        {
            var entries = new List<KeyEntry>();
            foreach (var entry in series.Key.Entries)
            {
                if (IsEntityKey(entry.Key))
                {
                    var name = entry.Value is null ? null : names.GetValueOrDefault(entry.Value, entry.Value);
                    entries.Add(new KeyEntry(entry.Key + ".name", name));
                }

                entries.Add(entry);
            }

            series.Key = series.Key.With([.. entries]);
        }

        return set;
    }

    private SeriesSet? Unsupported(TransformationSyntax t, string why)
    {
        _context.Report(_context.Diagnostics.NotSupported(t.Span, t.Name, why));
        return null;
    }

    private static bool IsEntityKey(string key) => key.StartsWith("dt.entity.", StringComparison.Ordinal) && !key.EndsWith(".name", StringComparison.Ordinal);

    private static string DimensionName(ArgumentSyntax argument) => argument switch
    {
        StringArgumentSyntax s => s.Value,
        NameArgumentSyntax n => n.Name,
        _ => "",
    };
}
