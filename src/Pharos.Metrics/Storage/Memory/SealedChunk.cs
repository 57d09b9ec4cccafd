using System.Buffers;
using Pharos.Metrics.Ingest;

namespace Pharos.Metrics.Storage.Memory;

/// <summary>
/// An immutable chunk sorted by timestamp, the unit retention drops. Without gauge summaries it keeps one
/// value column for min, max and sum and shares the layout's ones as its count (see <see cref="ChunkLayout"/>).
/// </summary>
internal sealed class SealedChunk
{
    /// <summary>Chunks this large live until retention drops them; see <see cref="HeadChunk.Long"/>.</summary>
    private const int PinnedFrom = 1024;

    private readonly ChunkLayout _layout;
    private readonly long[] _timestamps;
    private readonly double[]? _min;
    private readonly double[]? _max;
    private readonly double[] _sum;
    private readonly long[]? _count;
    private readonly MetricValueKind[] _kinds;

    private SealedChunk(ChunkLayout layout, long[] timestamps, double[]? min, double[]? max, double[] sum, long[]? count, MetricValueKind[] kinds)
    {
        _layout = layout;
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

    /// <summary>
    /// Takes over columns that hold exactly the chunk's points, sorted by timestamp; the caller never changes
    /// them again. Min, max and count are either all present or all null (single-valued chunk).
    /// </summary>
    public static SealedChunk Wrap(ChunkLayout layout, long[] timestamps, double[]? min, double[]? max, double[] sum, long[]? count, MetricValueKind[] kinds)
    {
        if (timestamps.Length == 0)
        {
            throw new ArgumentException("A sealed chunk holds at least one point.", nameof(timestamps));
        }

        return new SealedChunk(layout, timestamps, min, max, sum, count, kinds);
    }

    /// <summary>Copies the columns, sorting them by timestamp unless <paramref name="isSorted"/> says they already are.</summary>
    public static SealedChunk Create(
        ChunkLayout layout,
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

        var pinned = n >= PinnedFrom;
        var single = layout.IsSingleValued(min, max, sum, count);
        var chunk = new SealedChunk(
            layout,
            GC.AllocateUninitializedArray<long>(n, pinned),
            single ? null : GC.AllocateUninitializedArray<double>(n, pinned),
            single ? null : GC.AllocateUninitializedArray<double>(n, pinned),
            GC.AllocateUninitializedArray<double>(n, pinned),
            single ? null : GC.AllocateUninitializedArray<long>(n, pinned),
            GC.AllocateUninitializedArray<MetricValueKind>(n, pinned));
        if (isSorted || IsAscending(timestamps))
        {
            timestamps.CopyTo(chunk._timestamps);
            sum.CopyTo(chunk._sum);
            kinds.CopyTo(chunk._kinds);
            if (!single)
            {
                min.CopyTo(chunk._min);
                max.CopyTo(chunk._max);
                count.CopyTo(chunk._count);
            }

            return chunk;
        }

        // Sort an index by (timestamp, original position) so equal timestamps keep arrival order. Late points
        // are common under concurrent ingest (requests are stamped before they queue), so the scratch arrays are pooled.
        var keys = ArrayPool<(long Timestamp, int Position)>.Shared.Rent(n);
        var order = ArrayPool<int>.Shared.Rent(n);
        try
        {
            for (var i = 0; i < n; i++)
            {
                order[i] = i;
                keys[i] = (timestamps[i], i);
            }

            keys.AsSpan(0, n).Sort(order.AsSpan(0, n));
            for (var i = 0; i < n; i++)
            {
                var source = order[i];
                chunk._timestamps[i] = timestamps[source];
                chunk._sum[i] = sum[source];
                chunk._kinds[i] = kinds[source];
                if (!single)
                {
                    chunk._min![i] = min[source];
                    chunk._max![i] = max[source];
                    chunk._count![i] = count[source];
                }
            }
        }
        finally
        {
            ArrayPool<(long Timestamp, int Position)>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(order);
        }

        return chunk;
    }

    public void CopyInto(HeadChunk head)
    {
        for (var i = 0; i < _timestamps.Length; i++)
        {
            var sum = _sum[i];
            head.Append(_timestamps[i], _min?[i] ?? sum, _max?[i] ?? sum, sum, _count?[i] ?? 1, _kinds[i]);
        }
    }

    public SeriesChunk View() => _count is null
        ? new(_timestamps, _sum, _sum, _sum, _layout.Ones(_timestamps.Length), _kinds, isSorted: true, MinTimestamp, MaxTimestamp)
        : new(_timestamps, _min, _max, _sum, _count, _kinds, isSorted: true, MinTimestamp, MaxTimestamp);

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
