using System.Globalization;
using Pharos.Gates.Decisions;
using Pharos.Gates.Policy;
using Pharos.Gates.Statistics;

namespace Pharos.Gates.Evaluation;

/// <summary>
/// One metric, canary against stable: INCONCLUSIVE below the minimum sample count; a regression
/// needs statistical evidence (two-sided Mann-Whitney U with p &lt; α, the canary ranking higher)
/// and a practically relevant size (the canary mean above the stable mean by more than the metric's
/// tolerance). Testing two-sided and then looking at the direction, as Kayenta does, bounds the
/// chance of failing an identical canary by α/2 instead of running right at α; the size threshold
/// stops tiny but significant shifts from failing a rollout.
/// </summary>
public static class CanaryMetricJudge
{
    public static Objective Judge(CanaryMetricSamples samples, CanaryPolicy rules)
    {
        var metric = samples.Metric;
        string[] requests = [samples.CanaryRequest.Describe(), samples.StableRequest.Describe()];
        if (samples.Canary is null || samples.Stable is null)
        {
            return DecisionFactory.Unavailable(metric.Name, requests[0], samples.Error ?? "unknown") with { Requests = requests };
        }

        var canary = samples.Canary;
        var stable = samples.Stable;
        var tolerance = GateFormat.Change(metric.MaxRelativeIncrease);
        var alpha = rules.Alpha.ToString("0.###", CultureInfo.InvariantCulture);
        var threshold = $"regression when the canary ranks higher (two-sided Mann-Whitney p < {alpha}) and change > {tolerance}";
        var counts = $"n = {canary.Count}/{stable.Count}";

        if (canary.Count < rules.MinSamples || stable.Count < rules.MinSamples)
        {
            return new Objective
            {
                Name = metric.Name,
                Outcome = Outcome.Inconclusive,
                ReasonCode = ReasonCodes.CanaryTooFewSamples,
                Value = $"{counts} (canary/stable){Dropped(canary, stable)}",
                Threshold = $"at least {rules.MinSamples} samples per version",
                Message = $"{metric.Name} has too few samples to compare ({counts}); let the canary take traffic for longer or widen the metric window.",
                Requests = requests,
            };
        }

        var test = MannWhitneyU.Test(canary.Values, stable.Values, Alternative.TwoSided);
        var change = RelativeChange.Of(stable.Mean, canary.Mean);
        var significant = test.PValue < rules.Alpha && test.ProbabilityOfSuperiority > 0.5;
        var regressed = significant && change > metric.MaxRelativeIncrease;
        var value = $"canary {GateFormat.Number(canary.Mean)} vs stable {GateFormat.Number(stable.Mean)} {metric.Unit} ({GateFormat.Change(change)}), {GateFormat.PValue(test.PValue)}, {counts}{Dropped(canary, stable)}";

        var (outcome, code, message) = (regressed, significant) switch
        {
            (true, _) => (Outcome.Fail, ReasonCodes.CanaryMetricRegression,
                $"{metric.Name} of the canary is significantly higher ({GateFormat.PValue(test.PValue)}) and {GateFormat.Change(change)} above stable, beyond the {tolerance} tolerance."),
            (false, true) => (Outcome.Pass, ReasonCodes.CanaryMetricWithinTolerance,
                $"{metric.Name} of the canary is significantly higher but only {GateFormat.Change(change)}, within the {tolerance} tolerance."),
            _ => (Outcome.Pass, ReasonCodes.CanaryMetricNoRegression,
                $"{metric.Name} of the canary is not significantly higher than stable ({GateFormat.PValue(test.PValue)})."),
        };

        return new Objective
        {
            Name = metric.Name,
            Outcome = outcome,
            ReasonCode = code,
            Value = value,
            Threshold = threshold,
            Message = message,
            Requests = requests,
        };
    }

    private static string Dropped(SampleSet canary, SampleSet stable) =>
        canary.Dropped + stable.Dropped == 0 ? "" : $", {canary.Dropped}/{stable.Dropped} empty slots dropped";
}
