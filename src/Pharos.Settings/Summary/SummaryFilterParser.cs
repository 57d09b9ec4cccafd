using System.Text;

namespace Pharos.Settings.Summary;

/// <summary>Splits <c>path|name:'arg':'arg'|name</c> into the path and its filters (quotes protect <c>|</c> and <c>:</c>).</summary>
internal static class SummaryFilterParser
{
    public static (string Path, IReadOnlyList<SummaryFilter> Filters) ParseExpression(string expression)
    {
        var segments = SplitOutsideQuotes(expression, '|');
        var filters = new List<SummaryFilter>();
        foreach (var segment in segments.Skip(1))
        {
            var pieces = SplitOutsideQuotes(segment, ':');
            var name = pieces[0].Trim();
            if (name.Length > 0)
            {
                filters.Add(new SummaryFilter(name, pieces.Skip(1).Select(Unquote).ToList()));
            }
        }

        return (segments[0].Trim(), filters);
    }

    private static List<string> SplitOutsideQuotes(string text, char separator)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '\'')
            {
                quoted = !quoted;
            }

            if (c == separator && !quoted)
            {
                result.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        result.Add(current.ToString());
        return result;
    }

    private static string Unquote(string argument)
    {
        var trimmed = argument.Trim();
        return trimmed.Length >= 2 && trimmed[0] == '\'' && trimmed[^1] == '\'' ? trimmed[1..^1] : trimmed;
    }
}
