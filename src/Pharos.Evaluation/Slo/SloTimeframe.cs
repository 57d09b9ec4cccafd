using System.Globalization;
using System.Text.RegularExpressions;

namespace Pharos.Evaluation.Slo;

/// <summary>
/// An SLO <c>evaluationWindow</c>: <c>-1w</c>, <c>-2d to now</c>, <c>-1d/d to now/d</c>, <c>now-1h</c>. A point is
/// <c>now</c> or <c>[now]-N&lt;unit&gt;</c>, optionally aligned down with <c>/unit</c>; units m h d w M y. A single
/// point means "from there to now". Alignment uses UTC; weeks start on Monday.
/// </summary>
public sealed record SloTimeframe(string Text, TimePoint From, TimePoint To)
{
    public static bool TryParse(string text, out SloTimeframe? timeframe, out string reason)
    {
        timeframe = null;
        var parts = (text ?? "").Split(" to ", 2, StringSplitOptions.TrimEntries);
        if (parts[0].Length == 0)
        {
            reason = "is empty";
            return false;
        }

        if (!TimePoint.TryParse(parts[0], out var from))
        {
            reason = $"has an invalid start '{parts[0]}'";
            return false;
        }

        var to = TimePoint.Now;
        if (parts.Length == 2 && !TimePoint.TryParse(parts[1], out to))
        {
            reason = $"has an invalid end '{parts[1]}'";
            return false;
        }

        timeframe = new SloTimeframe(text!, from, to);
        reason = "";
        return true;
    }

    public (DateTimeOffset From, DateTimeOffset To) Resolve(DateTimeOffset now) => (From.Resolve(now), To.Resolve(now));
}

/// <summary>One end of a timeframe: now minus <see cref="Amount"/> units, aligned down to <see cref="Align"/> when set.</summary>
public sealed partial record TimePoint(long Amount, char Unit, char? Align)
{
    public static TimePoint Now { get; } = new(0, 'm', null);

    public static bool TryParse(string text, out TimePoint point)
    {
        var match = PointPattern().Match(text);
        point = Now;
        if (!match.Success || (!match.Groups["now"].Success && !match.Groups["amount"].Success))
        {
            return false;
        }

        var amount = match.Groups["amount"].Success ? long.Parse(match.Groups["amount"].Value, CultureInfo.InvariantCulture) : 0;
        if (amount > 100_000)
        {
            return false;
        }

        point = new TimePoint(amount, match.Groups["unit"].Success ? match.Groups["unit"].Value[0] : 'm', match.Groups["align"].Success ? match.Groups["align"].Value[0] : null);
        return true;
    }

    public DateTimeOffset Resolve(DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        var t = Unit switch
        {
            'm' => utc.AddMinutes(-Amount),
            'h' => utc.AddHours(-Amount),
            'd' => utc.AddDays(-Amount),
            'w' => utc.AddDays(-7 * Amount),
            'M' => utc.AddMonths((int)-Amount),
            _ => utc.AddYears((int)-Amount),
        };
        return Align is { } unit ? AlignDown(t, unit) : t;
    }

    private static DateTimeOffset AlignDown(DateTimeOffset t, char unit) => unit switch
    {
        'm' => new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0, TimeSpan.Zero),
        'h' => new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, 0, 0, TimeSpan.Zero),
        'd' => new DateTimeOffset(t.Year, t.Month, t.Day, 0, 0, 0, TimeSpan.Zero),
        'w' => new DateTimeOffset(t.Year, t.Month, t.Day, 0, 0, 0, TimeSpan.Zero).AddDays(-(((int)t.DayOfWeek + 6) % 7)),
        'M' => new DateTimeOffset(t.Year, t.Month, 1, 0, 0, 0, TimeSpan.Zero),
        _ => new DateTimeOffset(t.Year, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    [GeneratedRegex(@"^(?:(?<now>now))?(?:-(?<amount>\d{1,6})(?<unit>[mhdwMy]))?(?:/(?<align>[mhdwMy]))?$")]
    private static partial Regex PointPattern();
}
