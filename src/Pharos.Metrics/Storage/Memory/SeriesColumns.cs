using System.Numerics;
using Pharos.Metrics.Ingest;

namespace Pharos.Metrics.Storage.Memory;

/// <summary>
/// The points of one series: sealed chunks plus the open head chunk, published together as one
/// immutable <see cref="State"/> so a reader never sees a chunk twice or not at all while the head is
/// sealed. Only the store's writer calls the mutating methods.
/// </summary>
internal sealed class SeriesColumns
{
    private const int InitialCapacity = 16;

    private State _state;
    private bool _sealedOnce;

    private readonly ChunkLayout _layout;

    public SeriesColumns(MetricEntry owner, DimensionSet dimensions, ChunkLayout layout)
    {
        Owner = owner;
        Dimensions = dimensions;
        _layout = layout;
        _state = new State([], new HeadChunk(InitialCapacity, layout));
    }

    public MetricEntry Owner { get; }

    public string MetricKey => Owner.Key;

    /// <summary>Writer only: set when retention removed this series from its metric, so cached references stop using it.</summary>
    public bool IsDropped { get; set; }

    public DimensionSet Dimensions { get; }

    public State Current => Volatile.Read(ref _state);

    public bool IsEmpty
    {
        get
        {
            var state = Current;
            return state.Sealed.Length == 0 && state.Head.Length == 0;
        }
    }

    public void Append(long timestamp, double min, double max, double sum, long count, MetricValueKind kind)
    {
        var chunkCapacity = _layout.Capacity;
        var state = _state;
        var head = state.Head;
        if (head.IsFull)
        {
            var sealAt = _sealedOnce ? chunkCapacity : FirstChunkCapacity(chunkCapacity);
            if (head.Capacity < sealAt)
            {
                head = head.Grow(Math.Min(head.Capacity * 2, sealAt));
                Volatile.Write(ref _state, new State(state.Sealed, head));
            }
            else
            {
                // A series that filled a chunk is active: its next head gets the full size at once (no regrowing),
                // in memory the collector never moves, since the chunk will live until retention drops it.
                var sealedChunks = Append(state.Sealed, head.Seal());
                _sealedOnce = true;
                head = HeadChunk.Long(chunkCapacity, _layout);
                Volatile.Write(ref _state, new State(sealedChunks, head));
            }
        }

        head.Append(timestamp, min, max, sum, count, kind);
    }

    /// <summary>
    /// The first chunk of a series seals somewhere between half and all of <paramref name="chunkCapacity"/>,
    /// depending on the series. Series written at the same pace would otherwise all seal (and allocate their
    /// next chunk) in the same batch, a burst of work and memory every few seconds.
    /// </summary>
    private int FirstChunkCapacity(int chunkCapacity)
    {
        var half = chunkCapacity / 2;
        var spread = (uint)HashCode.Combine(StringComparer.Ordinal.GetHashCode(Owner.Key), Dimensions.GetHashCode());
        return half + (int)(spread % (uint)(chunkCapacity - half + 1));
    }

    /// <summary>Adds chunks loaded from a snapshot; the last one, when not full, becomes the head so it can keep growing.</summary>
    public void Load(IReadOnlyList<SealedChunk> chunks)
    {
        var chunkCapacity = _layout.Capacity;
        var sealedChunks = chunks.ToList();
        var head = new HeadChunk(InitialCapacity, _layout);
        if (sealedChunks.Count > 0 && sealedChunks[^1].Length < chunkCapacity)
        {
            var last = sealedChunks[^1];
            sealedChunks.RemoveAt(sealedChunks.Count - 1);
            head = new HeadChunk(Math.Max(InitialCapacity, Math.Min(chunkCapacity, (int)BitOperations.RoundUpToPowerOf2((uint)last.Length))), _layout);
            last.CopyInto(head);
        }

        Volatile.Write(ref _state, new State([.. sealedChunks], head));
    }

    /// <summary>Drops sealed chunks (and the head) whose newest point is older than <paramref name="cutoffMs"/>.</summary>
    public long DropOlderThan(long cutoffMs)
    {
        var state = _state;
        long dropped = 0;
        var kept = new List<SealedChunk>(state.Sealed.Length);
        foreach (var chunk in state.Sealed)
        {
            if (chunk.MaxTimestamp < cutoffMs)
            {
                dropped += chunk.Length;
            }
            else
            {
                kept.Add(chunk);
            }
        }

        var head = state.Head;
        if (head.Length > 0 && head.MaxTimestamp < cutoffMs)
        {
            dropped += head.Length;
            head = new HeadChunk(InitialCapacity, _layout);
        }

        if (dropped > 0)
        {
            Volatile.Write(ref _state, new State([.. kept], head));
        }

        return dropped;
    }

    private static SealedChunk[] Append(SealedChunk[] chunks, SealedChunk chunk)
    {
        var result = new SealedChunk[chunks.Length + 1];
        chunks.CopyTo(result, 0);
        result[^1] = chunk;
        return result;
    }

    internal sealed class State(SealedChunk[] sealedChunks, HeadChunk head)
    {
        public SealedChunk[] Sealed { get; } = sealedChunks;

        public HeadChunk Head { get; } = head;

        public long PointCount
        {
            get
            {
                long total = Head.Length;
                foreach (var chunk in Sealed)
                {
                    total += chunk.Length;
                }

                return total;
            }
        }
    }
}
