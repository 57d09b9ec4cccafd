using Pharos.Gates.Decisions;
using Pharos.Gates.Policy;

namespace Pharos.Gates.Evaluation;

internal static class DecisionFactory
{
    public static Decision Create(
        GateKind gate,
        GateTarget target,
        GatePolicy policy,
        DateTimeOffset now,
        TimeWindow? window,
        IReadOnlyList<Objective> objectives,
        Func<Outcome, string> summary)
    {
        var outcome = OutcomeFacts.Worst(objectives.Select(o => o.Outcome));
        return new Decision
        {
            Gate = gate,
            Target = target,
            Outcome = outcome,
            Verdict = Verdicts.For(gate, outcome),
            Summary = summary(outcome),
            EvaluatedAt = now,
            Window = window,
            Objectives = objectives,
            WarningsPass = policy.WarningsPass,
            Policy = GatePolicySettings.For(gate, policy),
        };
    }

    /// <summary>An objective for data the environment could not give.</summary>
    public static Objective Unavailable(string name, string request, string reason) => new()
    {
        Name = name,
        Outcome = Outcome.Error,
        ReasonCode = ReasonCodes.DataUnavailable,
        Value = "no answer",
        Threshold = "an answer from the environment",
        Message = $"the environment could not answer: {reason}",
        Requests = [request],
    };
}
