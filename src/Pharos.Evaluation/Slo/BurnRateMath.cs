namespace Pharos.Evaluation.Slo;

/// <summary>
/// The error-budget formulas of the Google SRE workbook as Sloth and Pyrra implement them
/// (reference peers-gates-slo-sre.md §4, §9): B = 1 − SLO; BR(w) = err(w) / B; factor r = f · T / w;
/// time to exhaust a full budget = T / BR; remaining = 1 − err(T) / B.
/// </summary>
public static class BurnRateMath
{
    /// <param name="objectivePercent">e.g. 99.9.</param>
    public static double ErrorBudgetRatio(double objectivePercent) => (100.0 - objectivePercent) / 100.0;

    public static double BurnRate(double errorRatio, double errorBudgetRatio) =>
        errorBudgetRatio > 0 ? errorRatio / errorBudgetRatio : double.PositiveInfinity;

    /// <summary>
    /// The burn rate of counts against an objective, computed as (bad × 100) / (total × (100 − objective)) so
    /// that exact inputs stay exact (0.075 / 0.05 in floating point is 1.4999…, which would miss a 1.5 threshold).
    /// </summary>
    public static double BurnRate(SloCounts counts, double objectivePercent)
    {
        var denominator = counts.Total * (100.0 - objectivePercent);
        return denominator > 0 ? (counts.Total - counts.Good) * 100.0 / denominator : double.PositiveInfinity;
    }

    /// <summary>The burn-rate factor that consumes <paramref name="budgetPercent"/> % of the budget of <paramref name="period"/> within <paramref name="window"/>.</summary>
    public static double Factor(double budgetPercent, TimeSpan period, TimeSpan window) => budgetPercent / 100.0 * (period / window);

    public static TimeSpan TimeToExhaustion(TimeSpan period, double burnRate) =>
        burnRate > 0 ? TimeSpan.FromTicks((long)(period.Ticks / burnRate)) : TimeSpan.MaxValue;

    public static double RemainingBudget(double periodErrorRatio, double errorBudgetRatio) => 1 - (periodErrorRatio / errorBudgetRatio);
}
