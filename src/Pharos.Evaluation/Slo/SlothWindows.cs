namespace Pharos.Evaluation.Slo;

/// <summary>
/// Sloth's alert windows [slok/sloth internal/alert/windows/*.yaml; factor = errorBudgetPercent/100 × period / longWindow,
/// internal/alert/window.go]. The 30-day catalogue is the Google SRE workbook's table plus the 3×/1 d/2 h ticket tier.
/// </summary>
public static class SlothWindows
{
    public static IReadOnlyList<BurnRateWindow> Google30Days { get; } = FromCatalog(TimeSpan.FromDays(30), StandardTiers);

    public static IReadOnlyList<BurnRateWindow> Google28Days { get; } = FromCatalog(TimeSpan.FromDays(28), StandardTiers);

    private static (string, double, TimeSpan, TimeSpan)[] StandardTiers =>
    [
        ("page", 2, TimeSpan.FromMinutes(5), TimeSpan.FromHours(1)),
        ("page", 5, TimeSpan.FromMinutes(30), TimeSpan.FromHours(6)),
        ("ticket", 10, TimeSpan.FromHours(2), TimeSpan.FromDays(1)),
        ("ticket", 10, TimeSpan.FromHours(6), TimeSpan.FromDays(3)),
    ];

    /// <summary>An AlertWindows catalogue: per tier the severity, the budget share in percent, the short and the long window.</summary>
    public static IReadOnlyList<BurnRateWindow> FromCatalog(TimeSpan sloPeriod, IEnumerable<(string Severity, double ErrorBudgetPercent, TimeSpan Short, TimeSpan Long)> tiers) =>
        [.. tiers.Select(t => new BurnRateWindow(t.Severity, t.Long, t.Short, BurnRateMath.Factor(t.ErrorBudgetPercent, sloPeriod, t.Long), null, t.ErrorBudgetPercent))];
}
