namespace Pharos.Core.Diagnostics;

/// <summary>Finds the closest known name for a misspelt one ("did you mean …?").</summary>
public static class NameSuggester
{
    /// <summary>
    /// Returns the candidate with the smallest edit distance, or null when none is close enough
    /// (distance above a third of the longer name) to be a plausible typo.
    /// </summary>
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        var lower = name.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestCommon = -1;
        foreach (var candidate in candidates)
        {
            var other = candidate.ToLowerInvariant();
            // A truncated name ("warn" for "warning") is as plausible as a one-letter typo.
            var distance = lower.Length >= 3 && (other.StartsWith(lower, StringComparison.Ordinal) || lower.StartsWith(other, StringComparison.Ordinal))
                ? 1
                : Distance(lower, other);
            var common = CommonSubsequence(lower, other);
            if (distance < bestDistance
                || (distance == bestDistance && common > bestCommon)
                || (distance == bestDistance && common == bestCommon && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
                bestCommon = common;
            }
        }

        if (best is null || string.Equals(best, name, StringComparison.Ordinal))
        {
            return null;
        }

        var limit = Math.Max(2, Math.Max(name.Length, best.Length) / 3);
        return bestDistance <= limit ? best : null;
    }

    // Ties in edit distance go to the candidate that keeps more of the typed letters in order
    // ("prd" → "prod", not "pre").
    private static int CommonSubsequence(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>Appends " Did you mean 'x'?" when a suggestion exists.</summary>
    public static string DidYouMean(string name, IEnumerable<string> candidates)
    {
        var suggestion = Suggest(name, candidates);
        return suggestion is null ? "" : $" Did you mean '{suggestion}'?";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
