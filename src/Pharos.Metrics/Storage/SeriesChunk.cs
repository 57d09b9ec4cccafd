using Pharos.Metrics.Ingest;

namespace Pharos.Metrics.Storage;

/// <summary>
/// A read-only columnar view of stored points: index i across the columns is one data point with the
/// uniform Min/Max/Sum/Count form of <see cref="MetricDataPoint"/> and its original payload kind. The
/// view never changes after it is taken, even while the series keeps receiving points.
/// </summary>
public readonly struct SeriesChunk
{
    public SeriesChunk(
        ReadOnlyMemory<long> timestamps,
        ReadOnlyMemory<double> min,
        ReadOnlyMemory<double> max,
        ReadOnlyMemory<double> sum,
        ReadOnlyMemory<long> count,
        ReadOnlyMemory<MetricValueKind> kinds,
        bool isSorted,
        long minTimestamp,
        long maxTimestamp)
    {
        var length = timestamps.Length;
        if (min.Length != length || max.Length != length || sum.Length != length || count.Length != length || kinds.Length != length)
        {
            throw new ArgumentException("All columns of a chunk must have the same length.", nameof(timestamps));
        }

        Timestamps = timestamps;
        Min = min;
        Max = max;
        Sum = sum;
        Count = count;
        Kinds = kinds;
        IsSorted = isSorted;
        MinTimestamp = minTimestamp;
        MaxTimestamp = maxTimestamp;
    }

    public int Length => Timestamps.Length;

    public ReadOnlyMemory<long> Timestamps { get; }

    public ReadOnlyMemory<double> Min { get; }

    public ReadOnlyMemory<double> Max { get; }

    public ReadOnlyMemory<double> Sum { get; }

    public ReadOnlyMemory<long> Count { get; }

    public ReadOnlyMemory<MetricValueKind> Kinds { get; }

    /// <summary>True when <see cref="Timestamps"/> ascend (ties allowed), so a reader may binary-search them.</summary>
    public bool IsSorted { get; }

    /// <summary>Lower bound of the timestamps (may be lower than the actual minimum, never higher).</summary>
    public long MinTimestamp { get; }

    /// <summary>Upper bound of the timestamps (may be higher than the actual maximum, never lower).</summary>
    public long MaxTimestamp { get; }

    public bool Overlaps(long fromMs, long toMs) => Length > 0 && MinTimestamp < toMs && MaxTimestamp >= fromMs;
}
