using System.Collections.Frozen;

namespace Pharos.Metrics.Selectors;

/// <summary>Vocabulary of the selector language other than transformation names.</summary>
internal static class SelectorFacts
{
    public const int MaxSelectors = 10;
    public const int MaxDepth = 32;

    public static readonly FrozenSet<string> KeyPrefixes = FrozenSet.ToFrozenSet(["builtin", "func", "calc", "ext", "dsfm", "legacy"], StringComparer.Ordinal);

    public static readonly FrozenSet<string> Aggregations =
        FrozenSet.ToFrozenSet(["auto", "avg", "count", "max", "median", "min", "sum", "value"], StringComparer.Ordinal);

    public static readonly FrozenSet<string> DimensionConditions =
        FrozenSet.ToFrozenSet(["eq", "ne", "prefix", "suffix", "contains"], StringComparer.Ordinal);

    public static readonly FrozenSet<string> Conditions = FrozenSet.ToFrozenSet(
        ["eq", "ne", "prefix", "suffix", "contains", "in", "existsKey", "remainder", "series", "and", "or", "not"], StringComparer.Ordinal);

    public static readonly FrozenSet<string> Comparisons = FrozenSet.ToFrozenSet(["lt", "le", "eq", "ne", "gt", "ge"], StringComparer.Ordinal);

    public static readonly FrozenSet<string> SortDirections = FrozenSet.ToFrozenSet(["ascending", "descending"], StringComparer.Ordinal);

    public static readonly FrozenSet<string> SortOrders = FrozenSet.ToFrozenSet(["lexical", "natural"], StringComparer.Ordinal);

    public static readonly TimeSpan MaxRollupWindow = TimeSpan.FromMinutes(60);

    public static readonly TimeSpan MaxTimeshift = TimeSpan.FromDays(5 * 365);

    /// <summary>Length of one duration unit; null for an unknown unit. Units are case-sensitive (m minute, M month).</summary>
    public static TimeSpan? UnitLength(string unit) => unit switch
    {
        "s" => TimeSpan.FromSeconds(1),
        "m" => TimeSpan.FromMinutes(1),
        "h" => TimeSpan.FromHours(1),
        "d" => TimeSpan.FromDays(1),
        "w" => TimeSpan.FromDays(7),
        "M" => TimeSpan.FromDays(30),
        "q" => TimeSpan.FromDays(90),
        "y" => TimeSpan.FromDays(365),
        _ => null,
    };

    public static bool IsSectionChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    public static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    public static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-';
}
