using Pharos.Metrics.Query.Time;
using Pharos.Metrics.Storage;

namespace Pharos.Metrics.Query.Evaluation;

/// <summary>
/// The hot loop of a query: folds stored points into slot statistics. Sorted chunks are binary-searched
/// to the range and walked slot by slot with running min/max/sum in registers; unsorted (head) chunks
/// compute each point's slot by division.
/// </summary>
internal static class SlotAccumulator
{
    /// <summary>Adds the points of <paramref name="chunk"/> in [grid start + offset, grid end + offset); returns how many.</summary>
    public static long Accumulate(in SeriesChunk chunk, SlotGrid grid, long offsetMs, RawSlots slots)
    {
        var from = grid.StartMs + offsetMs;
        var to = grid.EndMs + offsetMs;
        if (!chunk.Overlaps(from, to))
        {
            return 0;
        }

        return chunk.IsSorted && slots.Values is null
            ? AccumulateSorted(chunk, from, to, grid.ResolutionMs, slots)
            : AccumulateAny(chunk, from, to, grid.ResolutionMs, slots);
    }

    private static long AccumulateSorted(in SeriesChunk chunk, long from, long to, long resolution, RawSlots slots)
    {
        var timestamps = chunk.Timestamps.Span;
        var begin = LowerBound(timestamps, from);
        var end = LowerBound(timestamps, to);
        if (begin >= end)
        {
            return 0;
        }

        var min = chunk.Min.Span;
        var max = chunk.Max.Span;
        var sum = chunk.Sum.Span;
        var count = chunk.Count.Span;
        var slot = (int)((timestamps[begin] - from) / resolution);
        var slotEnd = from + ((slot + 1) * resolution);
        double runMin = double.PositiveInfinity, runMax = double.NegativeInfinity, runSum = 0, runSamples = 0;
        var runPoints = 0;
        for (var i = begin; i < end; i++)
        {
            var t = timestamps[i];
            if (t >= slotEnd)
            {
                Flush(slots, slot, runMin, runMax, runSum, runSamples, runPoints);
                slot = (int)((t - from) / resolution);
                slotEnd = from + ((slot + 1) * resolution);
                runMin = double.PositiveInfinity;
                runMax = double.NegativeInfinity;
                runSum = 0;
                runSamples = 0;
                runPoints = 0;
            }

            var lo = min[i];
            var hi = max[i];
            runMin = lo < runMin ? lo : runMin;
            runMax = hi > runMax ? hi : runMax;
            runSum += sum[i];
            runSamples += count[i];
            runPoints++;
        }

        Flush(slots, slot, runMin, runMax, runSum, runSamples, runPoints);
        return end - begin;
    }

    private static long AccumulateAny(in SeriesChunk chunk, long from, long to, long resolution, RawSlots slots)
    {
        var timestamps = chunk.Timestamps.Span;
        var min = chunk.Min.Span;
        var max = chunk.Max.Span;
        var sum = chunk.Sum.Span;
        var count = chunk.Count.Span;
        long read = 0;
        for (var i = 0; i < timestamps.Length; i++)
        {
            var t = timestamps[i];
            if (t < from || t >= to)
            {
                continue;
            }

            var slot = (int)((t - from) / resolution);
            Flush(slots, slot, min[i], max[i], sum[i], count[i], 1);
            if (slots.Values is not null)
            {
                slots.AddValue(slot, count[i] == 0 ? 0 : sum[i] / count[i]);
            }

            read++;
        }

        return read;
    }

    private static void Flush(RawSlots slots, int slot, double min, double max, double sum, double samples, int points)
    {
        if (points == 0)
        {
            return;
        }

        slots.Min[slot] = Math.Min(slots.Min[slot], min);
        slots.Max[slot] = Math.Max(slots.Max[slot], max);
        slots.Sum[slot] += sum;
        slots.Samples[slot] += samples;
        slots.Points[slot] += points;
    }

    private static int LowerBound(ReadOnlySpan<long> timestamps, long value)
    {
        int low = 0, high = timestamps.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (timestamps[mid] < value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
