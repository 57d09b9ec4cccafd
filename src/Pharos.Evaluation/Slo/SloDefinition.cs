namespace Pharos.Evaluation.Slo;

/// <summary>One <c>builtin:monitoring.slo</c> object (v6.0.14), typed; names as in the schema.</summary>
public sealed record SloDefinition(
    string ObjectId,
    bool Enabled,
    string Name,
    string? CustomDescription,
    string MetricName,
    string MetricExpression,
    string EvaluationType,
    string Filter,
    string EvaluationWindow,
    double TargetSuccess,
    double TargetWarning,
    bool BurnRateVisualizationEnabled,
    double FastBurnThreshold);

public enum SloStatus
{
    Success,
    Warning,
    Failure,
}

public enum BurnRateType
{
    Fast,
    Slow,
    None,
}

/// <summary>Good and total counts over a window; the SLO value is 100 × good / total.</summary>
public readonly record struct SloCounts(double Good, double Total)
{
    public bool HasData => Total > 0 && double.IsFinite(Good) && double.IsFinite(Total);

    public double Percentage => HasData ? 100.0 * Good / Total : double.NaN;

    public double ErrorRatio => HasData ? (Total - Good) / Total : double.NaN;
}

/// <summary>
/// An SLO as <c>GET /api/v2/slo?evaluate=true</c> reports it (field names match). Numbers are −1 when the
/// SLO could not be evaluated; <see cref="Error"/> then says why (NONE otherwise).
/// </summary>
public sealed record SloEvaluation(
    string Id,
    string Name,
    double EvaluatedPercentage,
    double ErrorBudget,
    double NormalizedErrorBudget,
    SloStatus Status,
    string Error,
    double Target,
    double Warning,
    string Timeframe,
    DateTimeOffset From,
    DateTimeOffset To,
    ErrorBudgetBurnRateResult ErrorBudgetBurnRate);

/// <summary><c>errorBudgetBurnRate</c> of an evaluated SLO; <see cref="EstimatedTimeToConsumeErrorBudget"/> in hours (−1: never at this rate).</summary>
public sealed record ErrorBudgetBurnRateResult(
    bool BurnRateVisualizationEnabled,
    double FastBurnThreshold,
    BurnRateType BurnRateType,
    double BurnRateValue,
    double SloValue,
    double EstimatedTimeToConsumeErrorBudget);
