using System.Globalization;

namespace Pharos.Metrics.Query.Time;

/// <summary>
/// Parses <c>resolution</c> (N points, a duration of at least 1m with units m h d w M q y — M, q and y as
/// 30, 90 and 365 days — Inf, or <c>0:Inf,1:10</c>) and lays out slot grids. For N points the slot is the
/// smallest of 1m 2m 5m 10m 15m 30m 1h 2h 3h 6h 12h 1d 1w that yields at most N slots, before aligning.
/// </summary>
internal static class ResolutionParser
{
    private const long Minute = 60_000;
    private const long Day = 1_440 * Minute;
    private const long Week = 7 * Day;

    // 1969-12-29 was a Monday: week slots start on Mondays, UTC.
    private const long WeekOrigin = -3 * Day;

    private static readonly long[] Candidates =
        [Minute, 2 * Minute, 5 * Minute, 10 * Minute, 15 * Minute, 30 * Minute, 60 * Minute, 120 * Minute, 180 * Minute, 360 * Minute, 720 * Minute, Day, Week];

    public static ResolutionRequest? Parse(string? text, int defaultPoints)
    {
        var fallback = new ResolutionSpec.PointCount(defaultPoints);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ResolutionRequest(fallback, new Dictionary<int, ResolutionSpec>());
        }

        if (!text.Contains(':', StringComparison.Ordinal))
        {
            return ParseOne(text.Trim()) is { } single ? new ResolutionRequest(single, new Dictionary<int, ResolutionSpec>()) : null;
        }

        var perSelector = new Dictionary<int, ResolutionSpec>();
        foreach (var item in text.Split(','))
        {
            var parts = item.Split(':');
            if (parts.Length != 2 || !int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                || ParseOne(parts[1].Trim()) is not { } spec || !perSelector.TryAdd(index, spec))
            {
                return null;
            }
        }

        return new ResolutionRequest(fallback, perSelector);
    }

    /// <summary>Lays out the grid for a timeframe; <paramref name="label"/> is the response's <c>resolution</c> text.</summary>
    public static SlotGrid Layout(ResolutionSpec spec, long fromMs, long toMs, out string label)
    {
        if (spec is ResolutionSpec.Infinite)
        {
            label = "Inf";
            return new SlotGrid(fromMs, toMs - fromMs, 1, IsInfinite: true);
        }

        var resolution = spec switch
        {
            ResolutionSpec.Fixed f => f.Milliseconds,
            ResolutionSpec.PointCount p => Choose(toMs - fromMs, p.Count),
            _ => Minute,
        };
        var origin = resolution % Week == 0 ? WeekOrigin : 0;
        var start = origin + (FloorDiv(fromMs - origin, resolution) * resolution);
        var end = origin + (CeilDiv(toMs - origin, resolution) * resolution);
        label = Format(resolution);
        var count = (end - start) / resolution;
        return new SlotGrid(start, resolution, (int)Math.Min(count, int.MaxValue), IsInfinite: false);
    }

    public static long SlotCount(ResolutionSpec spec, long fromMs, long toMs)
    {
        if (spec is ResolutionSpec.Infinite)
        {
            return 1;
        }

        var resolution = spec is ResolutionSpec.Fixed f ? f.Milliseconds : Choose(toMs - fromMs, ((ResolutionSpec.PointCount)spec).Count);
        var origin = resolution % Week == 0 ? WeekOrigin : 0;
        return CeilDiv(toMs - origin, resolution) - FloorDiv(fromMs - origin, resolution);
    }

    public static string Format(long milliseconds)
    {
        if (milliseconds % Week == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{milliseconds / Week}w");
        }

        if (milliseconds % Day == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{milliseconds / Day}d");
        }

        return milliseconds % (60 * Minute) == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{milliseconds / (60 * Minute)}h")
            : string.Create(CultureInfo.InvariantCulture, $"{milliseconds / Minute}m");
    }

    private static ResolutionSpec? ParseOne(string text)
    {
        if (string.Equals(text, "Inf", StringComparison.OrdinalIgnoreCase))
        {
            return new ResolutionSpec.Infinite();
        }

        var digits = text.AsSpan().IndexOfAnyExcept("0123456789");
        if (digits < 0)
        {
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1 ? new ResolutionSpec.PointCount(count) : null;
        }

        if (digits == 0 || digits != text.Length - 1 || !long.TryParse(text.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount < 1)
        {
            return null;
        }

        long? unit = text[^1] switch
        {
            'm' => Minute,
            'h' => 60 * Minute,
            'd' => Day,
            'w' => Week,
            'M' => 30 * Day,
            'q' => 90 * Day,
            'y' => 365 * Day,
            _ => null,
        };
        return unit is { } u && amount <= long.MaxValue / u / 4 ? new ResolutionSpec.Fixed(amount * u) : null;
    }

    private static long Choose(long span, int points)
    {
        var target = CeilDiv(Math.Max(span, 1), points);
        foreach (var candidate in Candidates)
        {
            if (candidate >= target)
            {
                return candidate;
            }
        }

        return CeilDiv(target, Day) * Day;
    }

    private static long FloorDiv(long a, long b) => (a / b) - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);

    private static long CeilDiv(long a, long b) => -FloorDiv(-a, b);
}
