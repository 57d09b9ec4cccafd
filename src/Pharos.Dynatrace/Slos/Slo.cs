using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pharos.Dynatrace.Slos;

/// <summary>
/// An SLO from <c>/slo</c>. Without evaluation the numbers are -1; <see cref="Error"/> other than
/// <c>NONE</c> means the evaluation failed. <see cref="Status"/>: SUCCESS, WARNING or FAILURE.
/// </summary>
public sealed record Slo
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    public bool Enabled { get; init; }

    public string? EvaluationType { get; init; }

    public string? Filter { get; init; }

    public string? MetricExpression { get; init; }

    public string? MetricName { get; init; }

    public string? MetricKey { get; init; }

    public string? ErrorBudgetMetricKey { get; init; }

    public string? BurnRateMetricKey { get; init; }

    public string? NormalizedErrorBudgetMetricKey { get; init; }

    public double Target { get; init; }

    public double Warning { get; init; }

    public string? Timeframe { get; init; }

    public double EvaluatedPercentage { get; init; }

    public double ErrorBudget { get; init; }

    public string? Status { get; init; }

    public string? Error { get; init; }

    public SloBurnRate? ErrorBudgetBurnRate { get; init; }

    public int? RelatedOpenProblems { get; init; }

    public int? RelatedTotalProblems { get; init; }

    public IReadOnlyList<string> ProblemFilters { get; init => field = value ?? []; } = [];

    public double? NumeratorValue { get; init; }

    public double? DenominatorValue { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record SloBurnRate
{
    public bool BurnRateVisualizationEnabled { get; init; }

    public double? FastBurnThreshold { get; init; }

    /// <summary><c>FAST</c>, <c>SLOW</c> or <c>NONE</c>.</summary>
    public string? BurnRateType { get; init; }

    public double? BurnRateValue { get; init; }

    public double? SloValue { get; init; }

    public double? EstimatedTimeToConsumeErrorBudget { get; init; }
}
