using Pharos.Gates.Data;
using Pharos.Gates.Decisions;
using Pharos.Gates.Policy;

namespace Pharos.Gates.Evaluation;

/// <summary>
/// Three objectives per SLO: its status, its remaining error budget and its burn rate. Remaining
/// budget = errorBudget / (100 − target), the share of the allowed failures still unspent.
/// </summary>
internal static class SloJudge
{
    public static IEnumerable<Objective> Judge(GateSlo slo, SloPolicy rules, string request)
    {
        var name = $"SLO {slo.Name}";
        var notEvaluated = !string.Equals(slo.Error, "NONE", StringComparison.OrdinalIgnoreCase) || slo.EvaluatedPercentage < 0;
        if (notEvaluated)
        {
            yield return new Objective
            {
                Name = name,
                Outcome = rules.NotEvaluatedOutcome,
                ReasonCode = ReasonCodes.SloNotEvaluated,
                Value = $"not evaluated (error {slo.Error})",
                Threshold = "an evaluated SLO",
                Message = $"Dynatrace could not evaluate SLO '{slo.Name}' ({slo.Error}); without data the gate cannot vouch for it. Check the SLO's metric expression and that the service has traffic.",
                Requests = [request],
            };
            yield break;
        }

        yield return Status(slo, name, request);
        yield return Budget(slo, rules, name, request);
        yield return Burn(slo, rules, name, request);
    }

    private static Objective Status(GateSlo slo, string name, string request)
    {
        var status = slo.Status.Trim().ToUpperInvariant();
        var (outcome, code) = status switch
        {
            "SUCCESS" => (Outcome.Pass, ReasonCodes.SloStatusSuccess),
            "WARNING" => (Outcome.Warning, ReasonCodes.SloStatusWarning),
            _ when slo.EvaluatedPercentage >= slo.Warning => (Outcome.Pass, ReasonCodes.SloStatusSuccess),
            _ when slo.EvaluatedPercentage >= slo.Target => (Outcome.Warning, ReasonCodes.SloStatusWarning),
            _ => (Outcome.Fail, ReasonCodes.SloStatusFailure),
        };
        return new Objective
        {
            Name = $"{name} status",
            Outcome = outcome,
            ReasonCode = code,
            Value = $"{status} at {GateFormat.Number(slo.EvaluatedPercentage)} %",
            Threshold = $"target {GateFormat.Number(slo.Target)} %, warning {GateFormat.Number(slo.Warning)} % over {slo.Timeframe}",
            Message = $"SLO '{slo.Name}' is {status}: {GateFormat.Number(slo.EvaluatedPercentage)} % against a target of {GateFormat.Number(slo.Target)} %.",
            Requests = [request],
        };
    }

    private static Objective Budget(GateSlo slo, SloPolicy rules, string name, string request)
    {
        var allowed = 100 - slo.Target;
        var remaining = allowed > 0 ? slo.ErrorBudget / allowed * 100 : slo.ErrorBudget >= 0 ? 100 : double.NegativeInfinity;
        var (outcome, code) = remaining < rules.FailBelowRemainingBudgetPercent
            ? (Outcome.Fail, ReasonCodes.SloBudgetExhausted)
            : remaining < rules.WarnBelowRemainingBudgetPercent
                ? (Outcome.Warning, ReasonCodes.SloBudgetLow)
                : (Outcome.Pass, ReasonCodes.SloBudgetOk);
        var state = remaining switch
        {
            double.NegativeInfinity => "exhausted",
            < 0 => $"exhausted, overspent by {GateFormat.Number(Math.Round(-remaining, 1))} %",
            _ => $"{GateFormat.Number(Math.Round(remaining, 1))} % left",
        };
        var fail = GateFormat.Number(rules.FailBelowRemainingBudgetPercent);
        return new Objective
        {
            Name = $"{name} error budget",
            Outcome = outcome,
            ReasonCode = code,
            Value = $"{state} ({GateFormat.Number(slo.ErrorBudget)} of {GateFormat.Number(allowed)} points)",
            Threshold = $"fail below {fail} % left, warn below {GateFormat.Number(rules.WarnBelowRemainingBudgetPercent)} % left",
            Message = outcome switch
            {
                Outcome.Fail => $"SLO '{slo.Name}' error budget: {state}, below the {fail} % the policy requires; deploying now risks breaching the SLO.",
                Outcome.Warning => $"SLO '{slo.Name}' error budget is running low: {state}.",
                _ => $"SLO '{slo.Name}' error budget: {state}.",
            },
            Requests = [request],
        };
    }

    private static Objective Burn(GateSlo slo, SloPolicy rules, string name, string request)
    {
        var burn = slo.BurnRate;
        var fast = burn is not null
            && (string.Equals(burn.BurnRateType, "FAST", StringComparison.OrdinalIgnoreCase)
                || (burn.BurnRateValue is { } value && burn.FastBurnThreshold is { } limit && value >= limit));
        var outcome = !rules.FailOnFastBurn ? Outcome.Info : fast ? Outcome.Fail : Outcome.Pass;
        var rate = burn?.BurnRateValue is { } v ? GateFormat.Number(v) : "n/a";
        return new Objective
        {
            Name = $"{name} burn rate",
            Outcome = outcome,
            ReasonCode = fast ? ReasonCodes.SloFastBurn : ReasonCodes.SloNoFastBurn,
            Value = burn is null ? "not reported" : $"{rate} ({burn.BurnRateType})",
            Threshold = burn?.FastBurnThreshold is { } t ? $"fast burn at ≥ {GateFormat.Number(t)}" : "no fast burn",
            Message = fast
                ? $"SLO '{slo.Name}' is burning its error budget fast (burn rate {rate} over the last hour)."
                : $"SLO '{slo.Name}' is not in a fast burn.",
            Requests = [request],
        };
    }
}
