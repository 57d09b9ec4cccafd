using System.Globalization;
using Pharos.Metrics.Ingest;
using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Metrics.Query.Evaluation;

/// <summary>
/// An aggregation and how it reduces a slot: avg = sum/samples, sum, min, max, count = samples (a summary
/// point counts as its count), value = sum (count metrics), median/percentile over the point values with
/// linear interpolation between ranks. Auto is the metric's default: avg for gauges, sum for counts.
/// </summary>
internal readonly record struct Aggregation(AggregationKind Kind, double Percentile = 0)
{
    public static readonly IReadOnlyList<string> GaugeNames = ["auto", "avg", "count", "max", "median", "min", "percentile", "sum"];
    public static readonly IReadOnlyList<string> CountNames = ["auto", "avg", "count", "max", "median", "min", "percentile", "sum", "value"];

    public bool NeedsValues => Kind is AggregationKind.Median or AggregationKind.Percentile;

    public string Name => Kind == AggregationKind.Percentile
        ? string.Create(CultureInfo.InvariantCulture, $"percentile({Percentile})")
        : Kind.ToString().ToLowerInvariant();

    public static Aggregation DefaultFor(MetricType type) => new(type == MetricType.Count ? AggregationKind.Sum : AggregationKind.Avg);

    public static IReadOnlyList<string> NamesFor(MetricType type) => type == MetricType.Count ? CountNames : GaugeNames;

    public Aggregation Resolve(MetricType type) => Kind == AggregationKind.Auto ? DefaultFor(type) : this;

    public bool IsAllowedFor(MetricType type) => Kind != AggregationKind.Value || type == MetricType.Count;

    /// <summary>The aggregation a transformation such as <c>:avg</c> or <c>:percentile(90)</c> names, if it is one.</summary>
    public static Aggregation? FromTransformation(TransformationSyntax transformation) => transformation.Kind switch
    {
        TransformationKind.Auto => new(AggregationKind.Auto),
        TransformationKind.Avg => new(AggregationKind.Avg),
        TransformationKind.Count => new(AggregationKind.Count),
        TransformationKind.Max => new(AggregationKind.Max),
        TransformationKind.Median => new(AggregationKind.Median),
        TransformationKind.Min => new(AggregationKind.Min),
        TransformationKind.Percentile when transformation.Arguments is [NumberArgumentSyntax n] => new(AggregationKind.Percentile, n.Value),
        TransformationKind.Sum => new(AggregationKind.Sum),
        TransformationKind.Value => new(AggregationKind.Value),
        _ => null,
    };

    /// <summary>An aggregation written as an argument: <c>avg</c> or <c>percentile(90)</c>.</summary>
    public static Aggregation? FromArgument(ArgumentSyntax argument) => argument switch
    {
        NameArgumentSyntax { Name: var name } => name switch
        {
            "auto" => new(AggregationKind.Auto),
            "avg" => new(AggregationKind.Avg),
            "count" => new(AggregationKind.Count),
            "max" => new(AggregationKind.Max),
            "median" => new(AggregationKind.Median),
            "min" => new(AggregationKind.Min),
            "sum" => new(AggregationKind.Sum),
            "value" => new(AggregationKind.Value),
            _ => null,
        },
        CallArgumentSyntax { Name: "percentile", Arguments: [NumberArgumentSyntax n] } => new(AggregationKind.Percentile, n.Value),
        _ => null,
    };

    /// <summary>Reduces one raw slot; NaN (null) when the slot has no points.</summary>
    public double OfSlot(RawSlots raw, int slot)
    {
        if (!raw.HasData(slot))
        {
            return double.NaN;
        }

        return Kind switch
        {
            AggregationKind.Avg => raw.Samples[slot] == 0 ? double.NaN : raw.Sum[slot] / raw.Samples[slot],
            AggregationKind.Count => raw.Samples[slot],
            AggregationKind.Max => raw.Max[slot],
            AggregationKind.Min => raw.Min[slot],
            AggregationKind.Median => Quantile(raw.Values?[slot], 50),
            AggregationKind.Percentile => Quantile(raw.Values?[slot], Percentile),
            _ => raw.Sum[slot],
        };
    }

    /// <summary>Reduces raw slots [start, start + count) as if they were one slot (fold, rollup windows, sort keys).</summary>
    public double OfRange(RawSlots raw, int start, int count)
    {
        if (count == 1)
        {
            return OfSlot(raw, start);
        }

        double min = double.PositiveInfinity, max = double.NegativeInfinity, sum = 0, samples = 0;
        var points = 0;
        var values = NeedsValues ? new List<double>() : null;
        for (var i = start; i < start + count; i++)
        {
            if (!raw.HasData(i))
            {
                continue;
            }

            min = Math.Min(min, raw.Min[i]);
            max = Math.Max(max, raw.Max[i]);
            sum += raw.Sum[i];
            samples += raw.Samples[i];
            points += raw.Points[i];
            if (values is not null && raw.Values?[i] is { } slotValues)
            {
                values.AddRange(slotValues);
            }
        }

        if (points == 0)
        {
            return double.NaN;
        }

        return Kind switch
        {
            AggregationKind.Avg => samples == 0 ? double.NaN : sum / samples,
            AggregationKind.Count => samples,
            AggregationKind.Max => max,
            AggregationKind.Min => min,
            AggregationKind.Median => Quantile(values, 50),
            AggregationKind.Percentile => Quantile(values, Percentile),
            _ => sum,
        };
    }

    /// <summary>Reduces already aggregated values, skipping nulls; NaN when there are none.</summary>
    public double OfValues(ReadOnlySpan<double> values)
    {
        double sum = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        var count = 0;
        foreach (var v in values)
        {
            if (double.IsNaN(v))
            {
                continue;
            }

            sum += v;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
            count++;
        }

        if (count == 0)
        {
            return double.NaN;
        }

        return Kind switch
        {
            AggregationKind.Avg => sum / count,
            AggregationKind.Count => count,
            AggregationKind.Max => max,
            AggregationKind.Min => min,
            AggregationKind.Median => Quantile(NonNull(values), 50),
            AggregationKind.Percentile => Quantile(NonNull(values), Percentile),
            _ => sum,
        };
    }

    private static List<double> NonNull(ReadOnlySpan<double> values)
    {
        var list = new List<double>(values.Length);
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                list.Add(v);
            }
        }

        return list;
    }

    private static double Quantile(List<double>? values, double percentile)
    {
        if (values is null || values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.ToArray();
        Array.Sort(sorted);
        var rank = (sorted.Length - 1) * (percentile / 100.0);
        var lower = (int)Math.Floor(rank);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((rank - lower) * (sorted[upper] - sorted[lower]));
    }
}
