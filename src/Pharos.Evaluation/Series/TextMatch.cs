using Pharos.Evaluation.MetricEvents;

namespace Pharos.Evaluation.Series;

/// <summary>The operators of metric-event dimension and entity filters.</summary>
internal static class TextMatch
{
    /// <summary>
    /// For a multi-valued attribute (tags, zones): a positive operator needs one value to match, a negative
    /// operator needs every value to pass ("does not equal X" means no tag is X).
    /// </summary>
    public static bool MatchesAny(TextOperator op, IEnumerable<string> actual, string expected) =>
        IsNegative(op) ? actual.All(a => Matches(op, a, expected)) : actual.Any(a => Matches(op, a, expected));

    public static bool IsNegative(TextOperator op) =>
        op is TextOperator.DoesNotEqual or TextOperator.DoesNotStartWith or TextOperator.DoesNotContainCaseSensitive or TextOperator.DoesNotContainCaseInsensitive;

    /// <summary>A missing value passes only the negative operators ("does not equal" holds for an absent dimension).</summary>
    public static bool Matches(TextOperator op, string? actual, string expected)
    {
        if (actual is null)
        {
            return IsNegative(op);
        }

        return op switch
        {
            TextOperator.IsEqualTo => string.Equals(actual, expected, StringComparison.Ordinal),
            TextOperator.DoesNotEqual => !string.Equals(actual, expected, StringComparison.Ordinal),
            TextOperator.StartsWith => actual.StartsWith(expected, StringComparison.Ordinal),
            TextOperator.DoesNotStartWith => !actual.StartsWith(expected, StringComparison.Ordinal),
            TextOperator.ContainsCaseSensitive => actual.Contains(expected, StringComparison.Ordinal),
            TextOperator.DoesNotContainCaseSensitive => !actual.Contains(expected, StringComparison.Ordinal),
            TextOperator.ContainsCaseInsensitive => actual.Contains(expected, StringComparison.OrdinalIgnoreCase),
            _ => !actual.Contains(expected, StringComparison.OrdinalIgnoreCase),
        };
    }
}
