using Pharos.Metrics.Ingest;

namespace Pharos.Metrics.Storage.Memory;

/// <summary>
/// The open chunk of a series. One writer appends; readers take views without locks. A slot is written
/// before the count that covers it is published, and nothing below the published count is ever
/// rewritten, so a view of [0, count) stays valid. Growing or sealing replaces the chunk rather than
/// changing it. Until a point needs its own min, max or count (a gauge summary), the value column serves
/// as all three and the layout's ones as the count (see <see cref="ChunkLayout"/>).
/// </summary>
internal sealed class HeadChunk
{
    private readonly ChunkLayout _layout;
    private readonly bool _pinned;
    private readonly long[] _timestamps;
    private readonly double[] _sum;
    private readonly MetricValueKind[] _kinds;
    private double[]? _min;
    private double[]? _max;
    private long[]? _count;
    private int _length;
    private long _minTimestamp = long.MaxValue;
    private long _maxTimestamp = long.MinValue;
    private bool _isSorted = true;

    public HeadChunk(int capacity, ChunkLayout layout)
        : this(capacity, layout, pinned: false)
    {
    }

    private HeadChunk(int capacity, ChunkLayout layout, bool pinned)
    {
        _layout = layout;
        _pinned = pinned;

        // Slots are always written before the published length covers them, so they need no zeroing.
        _timestamps = GC.AllocateUninitializedArray<long>(capacity, pinned);
        _sum = GC.AllocateUninitializedArray<double>(capacity, pinned);
        _kinds = GC.AllocateUninitializedArray<MetricValueKind>(capacity, pinned);
    }

    /// <summary>
    /// A head for a series that is known to fill it. Its columns go to the pinned-object heap: they live
    /// until retention drops the chunk, and there the collector neither copies them from generation to
    /// generation nor compacts them, which on the small-object heap cost long pauses under steady ingest.
    /// Once sealed, the same arrays become the sealed chunk (no copy).
    /// </summary>
    public static HeadChunk Long(int capacity, ChunkLayout layout) => new(capacity, layout, pinned: true);

    public int Capacity => _timestamps.Length;

    public int Length => Volatile.Read(ref _length);

    /// <summary>Writer only: whether the next append needs a bigger or a new chunk.</summary>
    public bool IsFull => _length == _timestamps.Length;

    /// <summary>Writer only: the newest timestamp appended, for retention.</summary>
    public long MaxTimestamp => _maxTimestamp;

    public void Append(long timestamp, double min, double max, double sum, long count, MetricValueKind kind)
    {
        var i = _length;
        if (_count is null && (count != 1 || min != sum || max != sum))
        {
            AddSummaryColumns(i);
        }

        _timestamps[i] = timestamp;
        _sum[i] = sum;
        _kinds[i] = kind;
        if (_count is not null)
        {
            _min![i] = min;
            _max![i] = max;
            _count[i] = count;
        }

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
        var grown = new HeadChunk(capacity, _layout, _pinned);
        var n = _length;
        Array.Copy(_timestamps, grown._timestamps, n);
        Array.Copy(_sum, grown._sum, n);
        Array.Copy(_kinds, grown._kinds, n);
        if (_count is not null)
        {
            grown.AddSummaryColumns(0);
            Array.Copy(_min!, grown._min!, n);
            Array.Copy(_max!, grown._max!, n);
            Array.Copy(_count, grown._count!, n);
        }

        grown._length = n;
        grown._minTimestamp = _minTimestamp;
        grown._maxTimestamp = _maxTimestamp;
        grown._isSorted = _isSorted;
        return grown;
    }

    /// <summary>
    /// The head's points as a sealed chunk. A full, sorted head hands over its arrays: nothing below the
    /// published length is ever rewritten and the writer stops appending to a sealed head, so readers holding
    /// views of it see the same values. Otherwise the columns are copied (and sorted).
    /// </summary>
    public SealedChunk Seal()
    {
        if (_length == _timestamps.Length && _isSorted)
        {
            return SealedChunk.Wrap(_layout, _timestamps, _min, _max, _sum, _count, _kinds);
        }

        var view = View();
        return SealedChunk.Create(_layout, view.Timestamps.Span, view.Min.Span, view.Max.Span, view.Sum.Span, view.Count.Span, view.Kinds.Span, _isSorted);
    }

    public SeriesChunk View()
    {
        // Read the length first: the bounds, the sorted flag and the columns read afterwards cover at least those slots.
        var n = Length;
        var minTimestamp = Volatile.Read(ref _minTimestamp);
        var maxTimestamp = Volatile.Read(ref _maxTimestamp);
        var sorted = Volatile.Read(ref _isSorted);
        var sum = _sum.AsMemory(0, n);
        return Volatile.Read(ref _count) is { } count
            ? new SeriesChunk(_timestamps.AsMemory(0, n), _min!.AsMemory(0, n), _max!.AsMemory(0, n), sum, count.AsMemory(0, n), _kinds.AsMemory(0, n), sorted, minTimestamp, maxTimestamp)
            : new SeriesChunk(_timestamps.AsMemory(0, n), sum, sum, sum, _layout.Ones(n), _kinds.AsMemory(0, n), sorted, minTimestamp, maxTimestamp);
    }

    /// <summary>Gives the head its own min, max and count columns, filled for the first <paramref name="filled"/> slots.</summary>
    private void AddSummaryColumns(int filled)
    {
        var capacity = _timestamps.Length;
        var min = GC.AllocateUninitializedArray<double>(capacity, _pinned);
        var max = GC.AllocateUninitializedArray<double>(capacity, _pinned);
        var count = GC.AllocateUninitializedArray<long>(capacity, _pinned);
        Array.Copy(_sum, min, filled);
        Array.Copy(_sum, max, filled);
        count.AsSpan(0, filled).Fill(1);
        _min = min;
        _max = max;

        // Published last: a reader that sees the count column also sees min and max.
        Volatile.Write(ref _count, count);
    }
}
