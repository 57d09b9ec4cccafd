namespace Pharos.Metrics.Storage.Memory;

/// <summary>
/// The chunk size of one store, and a column of ones that every chunk without gauge summaries shares as
/// its count column. Such a chunk (gauges and count deltas only, the common case) keeps one value column
/// that serves as min, max and sum, since for those kinds all three equal the value and the count is 1:
/// 17 bytes a point instead of 41, with readers seeing the same uniform columns. The array is never
/// written after construction.
/// </summary>
internal sealed class ChunkLayout
{
    private readonly long[] _ones;

    public ChunkLayout(int capacity)
    {
        Capacity = capacity;
        _ones = new long[capacity];
        Array.Fill(_ones, 1L);
    }

    public int Capacity { get; }

    /// <summary>Ones for [0, <paramref name="length"/>); <paramref name="length"/> never exceeds <see cref="Capacity"/>.</summary>
    public ReadOnlyMemory<long> Ones(int length) => _ones.AsMemory(0, length);

    /// <summary>Whether points can share the value column: every count is 1 and min = max = sum.</summary>
    public bool IsSingleValued(ReadOnlySpan<double> min, ReadOnlySpan<double> max, ReadOnlySpan<double> sum, ReadOnlySpan<long> count)
    {
        if (sum.Length > Capacity)
        {
            return false;
        }

        for (var i = 0; i < sum.Length; i++)
        {
            if (count[i] != 1 || min[i] != sum[i] || max[i] != sum[i])
            {
                return false;
            }
        }

        return true;
    }
}
