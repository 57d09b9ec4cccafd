using Pharos.Metrics.Ingest;

namespace Pharos.Metrics.Storage.Memory;

/// <summary>
/// The open chunk of a series. One writer appends; readers take views without locks. A slot is written
/// before the count that covers it is published, and nothing below the published count is ever
/// rewritten, so a view of [0, count) stays valid. Growing or sealing replaces the chunk rather than
/// changing it.
/// </summary>
internal sealed class HeadChunk
{
    private readonly long[] _timestamps;
    private readonly double[] _min;
    private readonly double[] _max;
    private readonly double[] _sum;
    private readonly long[] _count;
    private readonly MetricValueKind[] _kinds;
    private int _length;
    private long _minTimestamp = long.MaxValue;
    private long _maxTimestamp = long.MinValue;
    private bool _isSorted = true;

    public HeadChunk(int capacity)
    {
        _timestamps = new long[capacity];
        _min = new double[capacity];
        _max = new double[capacity];
        _sum = new double[capacity];
        _count = new long[capacity];
        _kinds = new MetricValueKind[capacity];
    }

    public int Capacity => _timestamps.Length;

    public int Length => Volatile.Read(ref _length);

    /// <summary>Writer only: whether the next append needs a bigger or a new chunk.</summary>
    public bool IsFull => _length == _timestamps.Length;

    /// <summary>Writer only: the newest timestamp appended, for retention.</summary>
    public long MaxTimestamp => _maxTimestamp;

    public void Append(long timestamp, double min, double max, double sum, long count, MetricValueKind kind)
    {
        var i = _length;
        _timestamps[i] = timestamp;
        _min[i] = min;
        _max[i] = max;
        _sum[i] = sum;
        _count[i] = count;
        _kinds[i] = kind;
        if (i > 0 && timestamp < _timestamps[i - 1])
        {
            Volatile.Write(ref _isSorted, false);
        }

        if (timestamp < _minTimestamp)
        {
            Volatile.Write(ref _minTimestamp, timestamp);
        }

        if (timestamp > _maxTimestamp)
        {
            Volatile.Write(ref _maxTimestamp, timestamp);
        }

        // Publishing the length last makes the slot and the bounds above visible to any reader that sees it.
        Volatile.Write(ref _length, i + 1);
    }

    public HeadChunk Grow(int capacity)
    {
        var grown = new HeadChunk(capacity);
        var n = _length;
        Array.Copy(_timestamps, grown._timestamps, n);
        Array.Copy(_min, grown._min, n);
        Array.Copy(_max, grown._max, n);
        Array.Copy(_sum, grown._sum, n);
        Array.Copy(_count, grown._count, n);
        Array.Copy(_kinds, grown._kinds, n);
        grown._length = n;
        grown._minTimestamp = _minTimestamp;
        grown._maxTimestamp = _maxTimestamp;
        grown._isSorted = _isSorted;
        return grown;
    }

    public SealedChunk Seal() => SealedChunk.Create(
        _timestamps.AsSpan(0, _length), _min.AsSpan(0, _length), _max.AsSpan(0, _length),
        _sum.AsSpan(0, _length), _count.AsSpan(0, _length), _kinds.AsSpan(0, _length), _isSorted);

    public SeriesChunk View()
    {
        // Read the length first: the bounds and the sorted flag read afterwards cover at least those slots.
        var n = Length;
        var minTimestamp = Volatile.Read(ref _minTimestamp);
        var maxTimestamp = Volatile.Read(ref _maxTimestamp);
        var sorted = Volatile.Read(ref _isSorted);
        return new SeriesChunk(
            _timestamps.AsMemory(0, n), _min.AsMemory(0, n), _max.AsMemory(0, n), _sum.AsMemory(0, n),
            _count.AsMemory(0, n), _kinds.AsMemory(0, n), sorted, minTimestamp, maxTimestamp);
    }
}
