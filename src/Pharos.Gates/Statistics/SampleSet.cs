using Pharos.Gates.Data;

namespace Pharos.Gates.Statistics;

/// <summary>
/// The values of every series pooled into one sample. Empty slots (null) and non-finite values are
/// dropped and counted, never replaced by zero: a zero would hide a missing canary.
/// </summary>
public sealed record SampleSet(IReadOnlyList<double> Values, int Dropped)
{
    public int Count => Values.Count;

    public double Mean => Values.Count == 0 ? double.NaN : Values.Average();

    public static SampleSet From(IEnumerable<MetricSeriesData> series)
    {
        var values = new List<double>();
        var dropped = 0;
        foreach (var s in series)
        {
            foreach (var value in s.Values)
            {
                if (value is { } v && double.IsFinite(v))
                {
                    values.Add(v);
                }
                else
                {
                    dropped++;
                }
            }
        }

        return new SampleSet(values, dropped);
    }
}
