namespace Pharos.Evaluation.Slo;

/// <summary>
/// Pyrra's burn-rate windows [pyrra-dev/pyrra slo/rules.go, <c>Windows(sloWindow)</c>]: every duration is the SLO
/// window divided as for a 28-day base (1 h/5 m/2 m, 6 h/30 m/15 m, 1 d/2 h/1 h, 4 d/6 h/3 h) with factors 14, 7,
/// 2, 1. Reproduced with Go's arithmetic: integer division of nanoseconds, then rounding to the minute with
/// halves away from zero (<c>time.Duration.Round</c>).
/// </summary>
public static class PyrraWindows
{
    public static IReadOnlyList<BurnRateWindow> For(TimeSpan sloWindow) =>
    [
        Tier("critical", sloWindow, 28 * 24, 28 * 24 * (60 / 5), 28 * 24 * (60 / 2), 14),
        Tier("critical", sloWindow, 28 * (24 / 6), 28 * 24 * (60 / 30), 28 * 24 * (60 / 15), 7),
        Tier("warning", sloWindow, 28, 28 * (24 / 2), 28 * 24, 2),
        Tier("warning", sloWindow, 7, 28 * (24 / 6), 28 * (24 / 3), 1),
    ];

    private static BurnRateWindow Tier(string severity, TimeSpan window, long longDivisor, long shortDivisor, long forDivisor, double factor) =>
        new(severity, GoRound(window, longDivisor), GoRound(window, shortDivisor), factor, GoRound(window, forDivisor));

    private static TimeSpan GoRound(TimeSpan window, long divisor)
    {
        const long minute = 60_000_000_000L;
        var nanos = window.Ticks * 100 / divisor;
        var rest = nanos % minute;
        var rounded = rest + rest < minute ? nanos - rest : nanos + (minute - rest);
        return TimeSpan.FromTicks(rounded / 100);
    }
}
