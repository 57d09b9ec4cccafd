namespace Pharos.Evaluation.Slo;

/// <summary>
/// Computes an SLO's evaluation from good/total counts [SDK SLO model; reference dynatrace-api.md §7]:
/// <list type="bullet">
/// <item>evaluatedPercentage = 100 × good / total over the evaluation window;</item>
/// <item>errorBudget = evaluated − target (percentage points); normalizedErrorBudget = errorBudget / (100 − target) × 100;</item>
/// <item>status SUCCESS when evaluated ≥ warning, WARNING when target ≤ evaluated &lt; warning, FAILURE below target;</item>
/// <item>burn rate over the last hour = error ratio(1 h) / (1 − target/100); FAST at or above fastBurnThreshold, SLOW
/// above 1, NONE otherwise (always NONE when burn-rate visualization is off);</item>
/// <item>estimated time to consume the budget = remaining budget fraction × window length / burn rate (hours).</item>
/// </list>
/// Without data the SLO is not evaluated: numbers are −1, error NO_DATA and status FAILURE [DECIDED: fail safe].
/// </summary>
public static class SloEvaluator
{
    public static SloEvaluation Evaluate(SloDefinition slo, SloCounts window, SloCounts lastHour, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(slo);
        var target = slo.TargetSuccess;
        var budgetPoints = 100 - target;
        if (!window.HasData)
        {
            return new SloEvaluation(
                slo.ObjectId, slo.Name, -1, -1, -1, SloStatus.Failure, "NO_DATA", target, slo.TargetWarning, slo.EvaluationWindow, from, to,
                new ErrorBudgetBurnRateResult(slo.BurnRateVisualizationEnabled, slo.FastBurnThreshold, BurnRateType.None, -1, -1, -1));
        }

        var evaluated = window.Percentage;
        var errorBudget = evaluated - target;
        var normalized = budgetPoints > 0 ? errorBudget / budgetPoints * 100 : (errorBudget >= 0 ? 0 : -100);
        var status = evaluated >= slo.TargetWarning ? SloStatus.Success : evaluated >= target ? SloStatus.Warning : SloStatus.Failure;

        var burnRate = lastHour.HasData ? BurnRateMath.BurnRate(lastHour, target) : 0;
        var type = !slo.BurnRateVisualizationEnabled ? BurnRateType.None
            : burnRate >= slo.FastBurnThreshold ? BurnRateType.Fast
            : burnRate > 1 ? BurnRateType.Slow
            : BurnRateType.None;
        var remaining = budgetPoints > 0 ? Math.Max(0, errorBudget / budgetPoints) : 0;
        var estimate = burnRate > 0 && double.IsFinite(burnRate) ? remaining * (to - from).TotalHours / burnRate : -1;
        return new SloEvaluation(
            slo.ObjectId, slo.Name, evaluated, errorBudget, normalized, status, "NONE", target, slo.TargetWarning, slo.EvaluationWindow, from, to,
            new ErrorBudgetBurnRateResult(
                slo.BurnRateVisualizationEnabled, slo.FastBurnThreshold, type, burnRate, lastHour.HasData ? lastHour.Percentage : -1, estimate));
    }
}
