using System.Collections;

namespace Pharos.Metrics.Ingest;

/// <summary>
/// The dimensions of one series, sorted by key (ordinal) with duplicate keys removed. Instances come
/// from <see cref="MetricInterner"/>, so equal sets are usually the same object and compare by reference
/// first; equality still falls back to the content when the interner was full.
/// </summary>
public sealed class DimensionSet : IReadOnlyList<Dimension>, IEquatable<DimensionSet>
{
    private readonly Dimension[] _items;
    private readonly int _hashCode;

    public static DimensionSet Empty { get; } = new([]);

    internal DimensionSet(Dimension[] sortedItems)
    {
        _items = sortedItems;
        var hash = new HashCode();
        foreach (var item in sortedItems)
        {
            hash.Add(item.Key, StringComparer.Ordinal);
            hash.Add(item.Value, StringComparer.Ordinal);
        }

        _hashCode = hash.ToHashCode();
    }

    /// <summary>Builds a set from arbitrary pairs: sorts by key and keeps the last value of a repeated key.</summary>
    public static DimensionSet Create(IEnumerable<Dimension> dimensions)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        var byKey = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var dimension in dimensions)
        {
            byKey[dimension.Key] = dimension.Value;
        }

        if (byKey.Count == 0)
        {
            return Empty;
        }

        var items = new Dimension[byKey.Count];
        var i = 0;
        foreach (var pair in byKey)
        {
            items[i++] = new Dimension(pair.Key, pair.Value);
        }

        return new DimensionSet(items);
    }

    public int Count => _items.Length;

    public Dimension this[int index] => _items[index];

    public ReadOnlySpan<Dimension> AsSpan() => _items;

    /// <summary>The value of <paramref name="key"/>, or null when the series has no such dimension.</summary>
    public string? GetValue(string key)
    {
        int low = 0, high = _items.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var order = string.CompareOrdinal(_items[mid].Key, key);
            if (order == 0)
            {
                return _items[mid].Value;
            }

            if (order < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return null;
    }

    public bool Equals(DimensionSet? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._hashCode != _hashCode || other._items.Length != _items.Length)
        {
            return false;
        }

        for (var i = 0; i < _items.Length; i++)
        {
            if (!string.Equals(_items[i].Key, other._items[i].Key, StringComparison.Ordinal)
                || !string.Equals(_items[i].Value, other._items[i].Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as DimensionSet);

    public override int GetHashCode() => _hashCode;

    public IEnumerator<Dimension> GetEnumerator() => ((IEnumerable<Dimension>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join(",", _items.Select(d => $"{d.Key}={d.Value}"));
}
