using Pharos.Gates.Data;
using Pharos.Gates.Decisions;
using Pharos.Gates.Policy;

namespace Pharos.Gates.Evaluation;

/// <summary>
/// <c>pharos gate slo</c>: fails when an SLO of the service is FAILURE, its remaining error budget is
/// below the policy's threshold or a fast burn is active. Reads the SLOs evaluated over their own
/// windows and decides with <see cref="Decide"/>.
/// </summary>
public static class SloGate
{
    public static async Task<Decision> EvaluateAsync(
        IGateDataSource source,
        SloInput input,
        GatePolicy policy,
        GateContext context,
        CancellationToken cancellationToken)
    {
        var now = context.Clock.GetUtcNow();
        var request = Request(input, policy);
        IReadOnlyList<GateSlo> slos;
        try
        {
            slos = await source.GetSlosAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (GateDataException e)
        {
            return DecisionFactory.Create(GateKind.Slo, input.Target, policy, now, null, [DecisionFactory.Unavailable("SLOs", request.Describe(), e.Message)],
                _ => $"could not read the SLOs of {input.Target}: {e.Message}");
        }

        return Decide(input.Target, slos, request, policy, now);
    }

    public static SloRequest Request(SloInput input, GatePolicy policy) =>
        new(input.SloSelector ?? policy.Slo.SelectorTemplate.Replace("{service}", EntitySelectors.Quote(input.Target.Service), StringComparison.Ordinal));

    public static Decision Decide(GateTarget target, IReadOnlyList<GateSlo> slos, SloRequest request, GatePolicy policy, DateTimeOffset now)
    {
        var requestText = request.Describe();
        var objectives = new List<Objective>();
        if (slos.Count == 0)
        {
            objectives.Add(new Objective
            {
                Name = "SLOs",
                Outcome = policy.Slo.NoSlosOutcome,
                ReasonCode = ReasonCodes.SloNoneFound,
                Value = "0",
                Threshold = "at least 1 SLO",
                Message = $"no SLO matches {request.SloSelector}. Check the selector, or that sync created the SLOs of {target}.",
                Requests = [requestText],
            });
        }

        foreach (var slo in slos.OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal))
        {
            objectives.AddRange(SloJudge.Judge(slo, policy.Slo, requestText));
        }

        return DecisionFactory.Create(GateKind.Slo, target, policy, now, null, objectives, outcome =>
        {
            var names = objectives.Where(o => o.Outcome == outcome).Select(o => o.Name).Distinct(StringComparer.Ordinal).ToList();
            return outcome switch
            {
                Outcome.Fail or Outcome.Warning or Outcome.Error or Outcome.Inconclusive =>
                    $"{Verdicts.For(GateKind.Slo, outcome)} for {target}: {GateFormat.List(names)}.",
                _ => $"all {GateFormat.Plural(slos.Count, "SLO", "SLOs")} of {target} meet their targets with error budget left.",
            };
        });
    }
}
