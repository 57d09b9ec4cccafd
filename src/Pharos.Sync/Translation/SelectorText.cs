using System.Globalization;

namespace Pharos.Sync.Translation;

/// <summary>
/// Quoting for Dynatrace selector strings (metric selector and entity selector share the rule):
/// a string is written in double quotes, and '~' and '"' inside it are escaped with '~'
/// (reference/dynatrace-api.md §4.5). A tag key's own ':' is written '\:'.
/// </summary>
internal static class SelectorText
{
    public static string Quote(string text) =>
        "\"" + text.Replace("~", "~~", StringComparison.Ordinal).Replace("\"", "~\"", StringComparison.Ordinal) + "\"";

    /// <summary>The tag criterion text <c>[context]key:value</c>, with a ':' in the key escaped.</summary>
    public static string Tag(string context, string key, string value) =>
        $"[{context}]{key.Replace(":", "\\:", StringComparison.Ordinal)}:{value}";

    /// <summary>
    /// A number as a selector literal: plain decimal notation (never an exponent), the shortest
    /// text that reads back as the same double, negative numbers in parentheses.
    /// </summary>
    public static string Number(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('E', StringComparison.Ordinal))
        {
            text = value.ToString("0.##############################################################################", CultureInfo.InvariantCulture);
        }

        return value < 0 ? $"({text})" : text;
    }
}
