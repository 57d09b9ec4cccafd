namespace Pharos.Metrics.Query.Evaluation;

/// <summary>
/// Per-slot statistics of a series before aggregation: min, max, sum and sample count (the sum of the
/// points' counts), the number of points, and — only when a median or percentile is asked for — the
/// point values. Any aggregation, and merging series, works from these without rereading points.
/// </summary>
internal sealed class RawSlots
{
    public RawSlots(int length, bool keepValues)
    {
        Min = new double[length];
        Max = new double[length];
        Sum = new double[length];
        Samples = new double[length];
        Points = new int[length];
        Values = keepValues ? new List<double>?[length] : null;
        Array.Fill(Min, double.PositiveInfinity);
        Array.Fill(Max, double.NegativeInfinity);
    }

    public double[] Min { get; }

    public double[] Max { get; }

    public double[] Sum { get; }

    public double[] Samples { get; }

    public int[] Points { get; }

    public List<double>?[]? Values { get; }

    public int Length => Min.Length;

    public bool HasData(int slot) => Points[slot] > 0;

    public long TotalPoints
    {
        get
        {
            long total = 0;
            foreach (var n in Points)
            {
                total += n;
            }

            return total;
        }
    }

    public void AddValue(int slot, double value) => (Values![slot] ??= []).Add(value);

    /// <summary>Adds the statistics of <paramref name="other"/>'s slot into this slot.</summary>
    public void Merge(int slot, RawSlots other, int otherSlot)
    {
        if (!other.HasData(otherSlot))
        {
            return;
        }

        Min[slot] = Math.Min(Min[slot], other.Min[otherSlot]);
        Max[slot] = Math.Max(Max[slot], other.Max[otherSlot]);
        Sum[slot] += other.Sum[otherSlot];
        Samples[slot] += other.Samples[otherSlot];
        Points[slot] += other.Points[otherSlot];
        if (Values is not null && other.Values?[otherSlot] is { } values)
        {
            (Values[slot] ??= []).AddRange(values);
        }
    }
}
