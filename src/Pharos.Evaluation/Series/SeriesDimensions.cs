using System.Text;

namespace Pharos.Evaluation.Series;

/// <summary>
/// The dimension values that identify one series (<c>dt.entity.service=SERVICE-1, k8s.namespace.name=prod</c>),
/// sorted by key. <see cref="Key"/> is a canonical, escaped text used as the identity of the series in
/// evaluator state, so it survives a restart unchanged.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(SeriesDimensionsJsonConverter))]
public sealed class SeriesDimensions : IEquatable<SeriesDimensions>
{
    public static SeriesDimensions Empty { get; } = new([]);

    private readonly KeyValuePair<string, string>[] _pairs;

    public SeriesDimensions(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        _pairs = [.. pairs.GroupBy(p => p.Key, StringComparer.Ordinal).Select(g => g.Last()).OrderBy(p => p.Key, StringComparer.Ordinal)];
        Key = BuildKey(_pairs);
    }

    public static SeriesDimensions Of(params (string Key, string Value)[] pairs) =>
        new(pairs.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)));

    public IReadOnlyList<KeyValuePair<string, string>> Pairs => _pairs;

    public string Key { get; }

    public int Count => _pairs.Length;

    public string? this[string key]
    {
        get
        {
            foreach (var pair in _pairs)
            {
                if (string.Equals(pair.Key, key, StringComparison.Ordinal))
                {
                    return pair.Value;
                }
            }

            return null;
        }
    }

    /// <summary>Only the named dimensions, as <c>:splitBy(…)</c> keeps them.</summary>
    public SeriesDimensions Project(IReadOnlyCollection<string> keys) =>
        keys.Count == 0 ? Empty : new(_pairs.Where(p => keys.Contains(p.Key)));

    /// <summary>All but the named dimensions, as <c>:merge(…)</c> keeps them.</summary>
    public SeriesDimensions Without(IReadOnlyCollection<string> keys) => new(_pairs.Where(p => !keys.Contains(p.Key)));

    public bool Equals(SeriesDimensions? other) => other is not null && string.Equals(Key, other.Key, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is SeriesDimensions other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    /// <summary><c>{key="value", …}</c>, the notation alert-test files use.</summary>
    public override string ToString() =>
        "{" + string.Join(", ", _pairs.Select(p => $"{p.Key}=\"{p.Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"")) + "}";

    private static string BuildKey(KeyValuePair<string, string>[] pairs)
    {
        var builder = new StringBuilder();
        foreach (var (key, value) in pairs)
        {
            if (builder.Length > 0)
            {
                builder.Append(',');
            }

            Escape(builder, key);
            builder.Append('=');
            Escape(builder, value);
        }

        return builder.ToString();
    }

    private static void Escape(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            if (c is ',' or '=' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }
    }
}
