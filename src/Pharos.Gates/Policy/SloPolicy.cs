using Pharos.Gates.Decisions;

namespace Pharos.Gates.Policy;

/// <summary>
/// The SLO gate. Seed 002 "Real-time Error Budget Calculation" calls a budget EXHAUSTED above
/// 100 % consumed and WARNING above 80 %: remaining below 0 % fails, below 20 % warns.
/// </summary>
public sealed record SloPolicy
{
    /// <summary>SLOs of the service: <c>{service}</c> is replaced by the quoted service name.</summary>
    public string SelectorTemplate { get; init; } = "text({service})";

    public double FailBelowRemainingBudgetPercent { get; init; }

    public double WarnBelowRemainingBudgetPercent { get; init; } = 20;

    public bool FailOnFastBurn { get; init; } = true;

    /// <summary>What an SLO Dynatrace could not evaluate counts as: no data must not pass silently.</summary>
    public Outcome NotEvaluatedOutcome { get; init; } = Outcome.Fail;

    /// <summary>What finding no SLO for the service counts as: a selector that matches nothing is bad input.</summary>
    public Outcome NoSlosOutcome { get; init; } = Outcome.Error;
}
