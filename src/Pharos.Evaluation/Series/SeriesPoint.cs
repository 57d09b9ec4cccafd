namespace Pharos.Evaluation.Series;

/// <summary>
/// One minute of a series inside a selector evaluation, kept as aggregatable statistics until an
/// aggregation (<c>:avg</c>, <c>:sum</c>, …) picks a value, like Dynatrace's data points. <see cref="Raw"/> holds
/// the values when more than one was merged, for :median and :percentile.
/// </summary>
internal readonly record struct SeriesPoint(int Count, double Sum, double Min, double Max, double[]? Raw)
{
    public static SeriesPoint Empty { get; } = new(0, 0, double.NaN, double.NaN, null);

    public static SeriesPoint Of(double value) => double.IsNaN(value) ? Empty : new(1, value, value, value, null);

    public static SeriesPoint Merge(SeriesPoint a, SeriesPoint b)
    {
        if (a.Count == 0)
        {
            return b;
        }

        if (b.Count == 0)
        {
            return a;
        }

        double[] raw = [.. a.Values(), .. b.Values()];
        return new(a.Count + b.Count, a.Sum + b.Sum, Math.Min(a.Min, b.Min), Math.Max(a.Max, b.Max), raw);
    }

    public IEnumerable<double> Values() => Raw ?? (Count == 1 ? [Sum] : []);

    /// <param name="aggregation">avg, sum, min, max, count, value, median, percentile or auto (= avg).</param>
    public double Resolve(string aggregation, double percentile = 50)
    {
        if (Count == 0)
        {
            return aggregation == "count" ? 0 : double.NaN;
        }

        return aggregation switch
        {
            "sum" => Sum,
            "min" => Min,
            "max" => Max,
            "count" => Count,
            "median" => Pharos.Evaluation.MetricEvents.Percentiles.Of([.. Values().Order()], 50),
            "percentile" => Pharos.Evaluation.MetricEvents.Percentiles.Of([.. Values().Order()], percentile),
            _ => Sum / Count,
        };
    }
}

/// <summary>A series inside a selector evaluation. <see cref="Resolved"/>: an aggregation already chose its values.</summary>
internal sealed record EvalSeries(SeriesDimensions Dimensions, SeriesPoint[] Points, bool Resolved, bool Constant = false)
{
    public double[] Values(string aggregation = "auto") => [.. Points.Select(p => p.Resolve(aggregation))];

    public static EvalSeries FromValues(SeriesDimensions dimensions, double[] values, bool constant = false) =>
        new(dimensions, [.. values.Select(SeriesPoint.Of)], true, constant);
}

/// <summary>Raised inside <see cref="SelectorEvaluator"/> for a selector it cannot evaluate; caught at its boundary.</summary>
internal sealed class UnsupportedSelectorException(string message) : Exception(message);
