namespace Pharos.Evaluation.Slo;

/// <summary>
/// One tier of a multi-window, multi-burn-rate alert: it fires when the error ratio exceeds
/// <see cref="Factor"/> × B over both <see cref="Long"/> and <see cref="Short"/>. <see cref="For"/> is Pyrra's
/// pending duration; <see cref="ErrorBudgetPercent"/> is Sloth's budget share the factor was derived from.
/// </summary>
public sealed record BurnRateWindow(string Severity, TimeSpan Long, TimeSpan Short, double Factor, TimeSpan? For = null, double? ErrorBudgetPercent = null);

/// <summary>A tier's verdict for given error ratios.</summary>
public sealed record BurnRateAlert(BurnRateWindow Window, double ShortBurnRate, double LongBurnRate, bool Firing);

/// <summary>
/// Evaluates multi-window, multi-burn-rate tiers: tier i fires iff err(short_i) &gt; r_i·B and err(long_i) &gt; r_i·B;
/// a severity fires when any of its tiers does (Sloth: page = quick OR slow; ticket likewise).
/// </summary>
public static class MultiWindowBurnRate
{
    public static IReadOnlyList<BurnRateAlert> Evaluate(IReadOnlyList<BurnRateWindow> windows, double objectivePercent, Func<TimeSpan, double> errorRatio)
    {
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(errorRatio);
        var budget = BurnRateMath.ErrorBudgetRatio(objectivePercent);
        return [.. windows.Select(w =>
        {
            var shortRate = BurnRateMath.BurnRate(errorRatio(w.Short), budget);
            var longRate = BurnRateMath.BurnRate(errorRatio(w.Long), budget);
            return new BurnRateAlert(w, shortRate, longRate, shortRate > w.Factor && longRate > w.Factor);
        })];
    }

    public static IReadOnlyList<string> FiringSeverities(IReadOnlyList<BurnRateAlert> alerts) =>
        [.. alerts.Where(a => a.Firing).Select(a => a.Window.Severity).Distinct(StringComparer.Ordinal)];
}
