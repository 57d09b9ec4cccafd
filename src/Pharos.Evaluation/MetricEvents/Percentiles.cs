namespace Pharos.Evaluation.MetricEvents;

/// <summary>Order statistics with linear interpolation between closest ranks (the "type 7" rule, as numpy's default).</summary>
internal static class Percentiles
{
    /// <param name="sorted">Values in ascending order, no NaN.</param>
    /// <param name="p">0..100.</param>
    public static double Of(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = p / 100.0 * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((rank - low) * (sorted[high] - sorted[low]));
    }

    public static double[] SortedPresent(ReadOnlySpan<double> values)
    {
        var result = new List<double>(values.Length);
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                result.Add(v);
            }
        }

        result.Sort();
        return [.. result];
    }

    public static double Median(List<double> values)
    {
        values.Sort();
        return Of(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values), 50);
    }
}
