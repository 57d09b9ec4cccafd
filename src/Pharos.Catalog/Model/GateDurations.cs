using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Pharos.Catalog.Model;

/// <summary>
/// Durations as the gate verbs write them: <c>90s</c>, <c>10m</c>, <c>1h30m</c>, <c>2d</c>. The
/// catalog uses the same grammar as the command line so a value can move between them unchanged.
/// </summary>
public static partial class GateDurations
{
    /// <summary>Ten years: far beyond any sensible gate window, far below TimeSpan's limit.</summary>
    private const double MaxSeconds = 10 * 366 * 86400.0;

    public static bool TryParse(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        // Summed as seconds in a double first: 999999999d would overflow TimeSpan, and a parser must not throw.
        var seconds = 0.0;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var count = long.Parse(part.Value[..^1], NumberStyles.None, CultureInfo.InvariantCulture);
            seconds += count * part.Value[^1] switch
            {
                'd' => 86400.0,
                'h' => 3600.0,
                'm' => 60.0,
                _ => 1.0,
            };
        }

        if (seconds > MaxSeconds)
        {
            return false;
        }

        value = TimeSpan.FromSeconds(seconds);
        return true;
    }

    /// <summary>The canonical spelling (<c>90s</c> → <c>1m30s</c>), so generated output does not depend on how a value was typed.</summary>
    public static string Format(TimeSpan value)
    {
        if (value == TimeSpan.Zero)
        {
            return "0s";
        }

        var text = new StringBuilder();
        Append(text, value.Days, 'd');
        Append(text, value.Hours, 'h');
        Append(text, value.Minutes, 'm');
        Append(text, value.Seconds, 's');
        return text.ToString();
    }

    private static void Append(StringBuilder text, int count, char unit)
    {
        if (count > 0)
        {
            text.Append(count.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }

    [GeneratedRegex(@"^(?<part>[0-9]{1,9}[dhms])+$")]
    private static partial Regex Pattern();
}
