using Pharos.Metrics.Ingest;

namespace Pharos.Metrics.Query.Evaluation;

/// <summary>
/// The dimensions of a result series, in output order. A null value marks a dimension the series lacks
/// after <c>:splitBy</c> (or the remainder). Two keys are equal when they hold the same key/value pairs
/// in any order, which is how arithmetic matches series.
/// </summary>
internal sealed class SeriesKey : IEquatable<SeriesKey>
{
    private readonly KeyEntry[] _entries;
    private string? _canonical;

    public SeriesKey(KeyEntry[] entries)
    {
        _entries = entries;
    }

    public static SeriesKey Empty { get; } = new([]);

    public IReadOnlyList<KeyEntry> Entries => _entries;

    public static SeriesKey From(DimensionSet dimensions)
    {
        var entries = new KeyEntry[dimensions.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = new KeyEntry(dimensions[i].Key, dimensions[i].Value);
        }

        return new SeriesKey(entries);
    }

    public bool TryGet(string key, out string? value)
    {
        foreach (var entry in _entries)
        {
            if (string.Equals(entry.Key, key, StringComparison.Ordinal))
            {
                value = entry.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>Only <paramref name="keys"/>, in that order; a key the series lacks gets a null value.</summary>
    public SeriesKey Project(IReadOnlyList<string> keys)
    {
        var entries = new KeyEntry[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            TryGet(keys[i], out var value);
            entries[i] = new KeyEntry(keys[i], value);
        }

        return new SeriesKey(entries);
    }

    public SeriesKey Without(IReadOnlySet<string> keys) => new([.. _entries.Where(e => !keys.Contains(e.Key))]);

    public SeriesKey With(KeyEntry[] entries) => new(entries);

    public bool Equals(SeriesKey? other) => other is not null && string.Equals(Canonical, other.Canonical, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as SeriesKey);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Canonical);

    /// <summary>Orders series for output when nothing else does: by the values in key order, missing values first.</summary>
    public static int CompareForOutput(SeriesKey a, SeriesKey b)
    {
        var n = Math.Min(a._entries.Length, b._entries.Length);
        for (var i = 0; i < n; i++)
        {
            var byKey = string.CompareOrdinal(a._entries[i].Key, b._entries[i].Key);
            if (byKey != 0)
            {
                return byKey;
            }

            var byValue = string.CompareOrdinal(a._entries[i].Value, b._entries[i].Value);
            if (byValue != 0)
            {
                return byValue;
            }
        }

        return a._entries.Length.CompareTo(b._entries.Length);
    }

    private string Canonical => _canonical ??= string.Join('\u0001', _entries
        .OrderBy(e => e.Key, StringComparer.Ordinal)
        .Select(e => e.Key + "\u0002" + (e.Value is null ? "\u0003" : "=" + e.Value)));
}

internal readonly record struct KeyEntry(string Key, string? Value);
