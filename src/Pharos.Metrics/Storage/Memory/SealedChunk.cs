using Pharos.Metrics.Ingest;

namespace Pharos.Metrics.Storage.Memory;

/// <summary>An immutable chunk sorted by timestamp, the unit retention drops.</summary>
internal sealed class SealedChunk
{
    private readonly long[] _timestamps;
    private readonly double[] _min;
    private readonly double[] _max;
    private readonly double[] _sum;
    private readonly long[] _count;
    private readonly MetricValueKind[] _kinds;

    private SealedChunk(long[] timestamps, double[] min, double[] max, double[] sum, long[] count, MetricValueKind[] kinds)
    {
        _timestamps = timestamps;
        _min = min;
        _max = max;
        _sum = sum;
        _count = count;
        _kinds = kinds;
    }

    public int Length => _timestamps.Length;

    public long MinTimestamp => _timestamps[0];

    public long MaxTimestamp => _timestamps[^1];

    /// <summary>Copies the columns, sorting them by timestamp unless <paramref name="isSorted"/> says they already are.</summary>
    public static SealedChunk Create(
        ReadOnlySpan<long> timestamps,
        ReadOnlySpan<double> min,
        ReadOnlySpan<double> max,
        ReadOnlySpan<double> sum,
        ReadOnlySpan<long> count,
        ReadOnlySpan<MetricValueKind> kinds,
        bool isSorted)
    {
        var n = timestamps.Length;
        if (n == 0)
        {
            throw new ArgumentException("A sealed chunk holds at least one point.", nameof(timestamps));
        }

        if (isSorted || IsAscending(timestamps))
        {
            return new SealedChunk(timestamps.ToArray(), min.ToArray(), max.ToArray(), sum.ToArray(), count.ToArray(), kinds.ToArray());
        }

        // Sort an index by (timestamp, original position) so equal timestamps keep arrival order.
        var order = new int[n];
        var keys = new (long Timestamp, int Position)[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
            keys[i] = (timestamps[i], i);
        }

        Array.Sort(keys, order);
        var chunk = new SealedChunk(new long[n], new double[n], new double[n], new double[n], new long[n], new MetricValueKind[n]);
        for (var i = 0; i < n; i++)
        {
            var source = order[i];
            chunk._timestamps[i] = timestamps[source];
            chunk._min[i] = min[source];
            chunk._max[i] = max[source];
            chunk._sum[i] = sum[source];
            chunk._count[i] = count[source];
            chunk._kinds[i] = kinds[source];
        }

        return chunk;
    }

    public void CopyInto(HeadChunk head)
    {
        for (var i = 0; i < _timestamps.Length; i++)
        {
            head.Append(_timestamps[i], _min[i], _max[i], _sum[i], _count[i], _kinds[i]);
        }
    }

    public SeriesChunk View() => new(_timestamps, _min, _max, _sum, _count, _kinds, isSorted: true, MinTimestamp, MaxTimestamp);

    private static bool IsAscending(ReadOnlySpan<long> timestamps)
    {
        for (var i = 1; i < timestamps.Length; i++)
        {
            if (timestamps[i] < timestamps[i - 1])
            {
                return false;
            }
        }

        return true;
    }
}
