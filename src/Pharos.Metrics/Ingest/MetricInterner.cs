using System.Collections.Concurrent;
using System.Text;

namespace Pharos.Metrics.Ingest;

/// <summary>
/// Shares metric keys, dimension strings and whole dimension sets across lines and requests, so a
/// line whose series was seen before costs no allocation. Thread-safe; one instance per store.
/// Each table stops growing at its cap (a guard against cardinality floods); past the cap new
/// values are still returned, just not shared.
/// </summary>
public sealed class MetricInterner
{
    private readonly ConcurrentDictionary<byte[], string> _strings;
    private readonly ConcurrentDictionary<byte[], string>.AlternateLookup<ReadOnlySpan<byte>> _stringLookup;
    private readonly ConcurrentDictionary<byte[], DimensionSet> _sets;
    private readonly ConcurrentDictionary<byte[], DimensionSet>.AlternateLookup<ReadOnlySpan<byte>> _setLookup;
    private readonly int _maxStrings;
    private readonly int _maxDimensionSets;
    private int _stringCount;
    private int _setCount;

    public MetricInterner(int maxStrings = 1_000_000, int maxDimensionSets = 1_000_000)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxStrings);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDimensionSets);
        _maxStrings = maxStrings;
        _maxDimensionSets = maxDimensionSets;
        _strings = new ConcurrentDictionary<byte[], string>(Utf8KeyComparer.Instance);
        _stringLookup = _strings.GetAlternateLookup<ReadOnlySpan<byte>>();
        _sets = new ConcurrentDictionary<byte[], DimensionSet>(Utf8KeyComparer.Instance);
        _setLookup = _sets.GetAlternateLookup<ReadOnlySpan<byte>>();
    }

    public int StringCount => Volatile.Read(ref _stringCount);

    public int DimensionSetCount => Volatile.Read(ref _setCount);

    /// <summary>The shared string for valid UTF-8 <paramref name="utf8"/>.</summary>
    public string GetString(ReadOnlySpan<byte> utf8)
    {
        if (_stringLookup.TryGetValue(utf8, out var existing))
        {
            return existing;
        }

        var created = Encoding.UTF8.GetString(utf8);
        if (Volatile.Read(ref _stringCount) >= _maxStrings)
        {
            return created;
        }

        if (_stringLookup.TryAdd(utf8, created))
        {
            Interlocked.Increment(ref _stringCount);
            return created;
        }

        return _stringLookup.TryGetValue(utf8, out existing) ? existing : created;
    }

    /// <summary>
    /// The shared set for <paramref name="canonical"/>: pairs sorted by key, each written as
    /// key 0x00 value 0x00 (validated keys and values never contain 0x00).
    /// </summary>
    internal DimensionSet GetDimensionSet(ReadOnlySpan<byte> canonical)
    {
        if (canonical.IsEmpty)
        {
            return DimensionSet.Empty;
        }

        if (_setLookup.TryGetValue(canonical, out var existing))
        {
            return existing;
        }

        var created = Decode(canonical);
        if (Volatile.Read(ref _setCount) >= _maxDimensionSets)
        {
            return created;
        }

        if (_setLookup.TryAdd(canonical, created))
        {
            Interlocked.Increment(ref _setCount);
            return created;
        }

        return _setLookup.TryGetValue(canonical, out existing) ? existing : created;
    }

    private DimensionSet Decode(ReadOnlySpan<byte> canonical)
    {
        var count = canonical.Count((byte)0) / 2;
        var items = new Dimension[count];
        var rest = canonical;
        for (var i = 0; i < count; i++)
        {
            var keyEnd = rest.IndexOf((byte)0);
            var key = GetString(rest[..keyEnd]);
            rest = rest[(keyEnd + 1)..];
            var valueEnd = rest.IndexOf((byte)0);
            var value = GetString(rest[..valueEnd]);
            rest = rest[(valueEnd + 1)..];
            items[i] = new Dimension(key, value);
        }

        return new DimensionSet(items);
    }
}
