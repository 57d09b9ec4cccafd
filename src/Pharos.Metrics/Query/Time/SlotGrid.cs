namespace Pharos.Metrics.Query.Time;

/// <summary>
/// The time slots of a query: <see cref="Count"/> slots of <see cref="ResolutionMs"/> from
/// <see cref="StartMs"/>; a slot holds points in [start, end) and is reported at its end.
/// For <c>resolution=Inf</c> there is one slot spanning exactly from..to.
/// </summary>
internal sealed record SlotGrid(long StartMs, long ResolutionMs, int Count, bool IsInfinite)
{
    public long EndMs => StartMs + (ResolutionMs * Count);

    public long SlotEndMs(int slot) => StartMs + (ResolutionMs * (slot + 1));

    /// <summary>The same grid with <paramref name="slots"/> more slots before the start (for rolling windows).</summary>
    public SlotGrid ExtendBack(int slots) => slots == 0 ? this : this with { StartMs = StartMs - (ResolutionMs * slots), Count = Count + slots };

    public long[] SlotEnds()
    {
        var ends = new long[Count];
        for (var i = 0; i < Count; i++)
        {
            ends[i] = SlotEndMs(i);
        }

        return ends;
    }
}
