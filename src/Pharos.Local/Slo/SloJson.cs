using System.Text.Json.Nodes;
using Pharos.Evaluation.Slo;

namespace Pharos.Local.Slo;

/// <summary>
/// Writes the SDK <c>SLO</c> object in the field order of Dynatrace's answers. An SLO that was not evaluated
/// (list with evaluate=false) has −1 for every number, status FAILURE and error NONE, as the SDK documents.
/// The deprecated rate/numerator/denominator fields are derived from the metric expression, as Dynatrace
/// fills them for settings-based SLOs.
/// </summary>
internal static class SloJson
{
    /// <param name="related">Problems related to the SLO; null when it was not evaluated (then both counts are 0).</param>
    public static JsonObject Render(SloDefinition slo, SloEvaluation? evaluation, SloProblemCounts? related = null)
    {
        ArgumentNullException.ThrowIfNull(slo);
        var ratio = SloExpression.TrySplit(slo.MetricExpression, out var numerator, out var denominator);
        var json = new JsonObject
        {
            ["id"] = slo.ObjectId,
            ["enabled"] = slo.Enabled,
            ["name"] = slo.Name,
        };
        if (slo.CustomDescription is { } description)
        {
            json["description"] = description;
        }

        json["evaluationType"] = slo.EvaluationType;
        json["filter"] = slo.Filter;
        json["metricExpression"] = slo.MetricExpression;
        json["metricName"] = slo.MetricName;
        json["metricKey"] = SloMetricKeys.Status(slo.MetricName);
        json["errorBudgetMetricKey"] = SloMetricKeys.ErrorBudget(slo.MetricName);
        json["burnRateMetricKey"] = SloMetricKeys.BurnRate(slo.MetricName);
        json["normalizedErrorBudgetMetricKey"] = SloMetricKeys.NormalizedErrorBudget(slo.MetricName);
        json["useRateMetric"] = !ratio;
        json["metricRate"] = ratio ? "" : slo.MetricExpression;
        json["metricNumerator"] = ratio ? numerator : "";
        json["metricDenominator"] = ratio ? denominator : "";
        json["target"] = slo.TargetSuccess;
        json["warning"] = slo.TargetWarning;
        json["timeframe"] = slo.EvaluationWindow;
        json["evaluatedPercentage"] = evaluation?.EvaluatedPercentage ?? -1;
        json["errorBudget"] = evaluation?.ErrorBudget ?? -1;
        json["status"] = Status(evaluation?.Status ?? SloStatus.Failure);
        json["error"] = evaluation?.Error ?? "NONE";
        json["errorBudgetBurnRate"] = BurnRate(slo, evaluation?.ErrorBudgetBurnRate);
        json["relatedOpenProblems"] = related?.Open ?? 0;
        json["relatedTotalProblems"] = related?.Total ?? 0;
        json["problemFilters"] = new JsonArray(JsonValue.Create(slo.Filter));
        return json;
    }

    public static string Status(SloStatus status) => status switch
    {
        SloStatus.Success => "SUCCESS",
        SloStatus.Warning => "WARNING",
        _ => "FAILURE",
    };

    private static JsonObject BurnRate(SloDefinition slo, ErrorBudgetBurnRateResult? result)
    {
        var json = new JsonObject { ["burnRateVisualizationEnabled"] = slo.BurnRateVisualizationEnabled };
        if (!slo.BurnRateVisualizationEnabled)
        {
            // "In case of false, no calculated values will be present here." [SDK SloBurnRate]
            return json;
        }

        json["fastBurnThreshold"] = slo.FastBurnThreshold;
        json["burnRateType"] = result?.BurnRateType switch
        {
            BurnRateType.Fast => "FAST",
            BurnRateType.Slow => "SLOW",
            _ => "NONE",
        };
        json["burnRateValue"] = result?.BurnRateValue ?? -1;
        json["sloValue"] = result?.SloValue ?? -1;
        json["estimatedTimeToConsumeErrorBudget"] = result?.EstimatedTimeToConsumeErrorBudget ?? -1;
        return json;
    }
}
