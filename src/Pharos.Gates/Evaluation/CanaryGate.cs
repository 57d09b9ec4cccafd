using Pharos.Gates.Data;
using Pharos.Gates.Decisions;
using Pharos.Gates.Policy;
using Pharos.Gates.Statistics;

namespace Pharos.Gates.Evaluation;

/// <summary>
/// <c>pharos gate canary</c>: PROMOTE, ROLLBACK or INCONCLUSIVE. Reads both versions' problems and
/// metric series (a failed read only affects its own objective) and decides with <see cref="Decide"/>.
/// </summary>
public static class CanaryGate
{
    public static async Task<Decision> EvaluateAsync(
        IGateDataSource source,
        CanaryInput input,
        GatePolicy policy,
        GateContext context,
        CancellationToken cancellationToken)
    {
        var now = context.Clock.GetUtcNow();
        var rules = policy.Canary;
        var canarySelector = ArmSelector(rules, input.Target, input.CanaryVersion);
        var stableSelector = ArmSelector(rules, input.Target, input.StableVersion);

        var canaryProblems = await ProblemsAsync(source, new ProblemRequest(null, canarySelector, now - rules.ProblemWindow, now), cancellationToken).ConfigureAwait(false);
        var stableProblems = await ProblemsAsync(source, new ProblemRequest(null, stableSelector, now - rules.ProblemWindow, now), cancellationToken).ConfigureAwait(false);

        var metrics = new List<CanaryMetricSamples>();
        foreach (var metric in rules.Metrics)
        {
            var canaryRequest = new MetricRequest(metric.MetricSelector, canarySelector, now - rules.MetricWindow, now, rules.Resolution);
            var stableRequest = new MetricRequest(metric.MetricSelector, stableSelector, now - rules.MetricWindow, now, rules.Resolution);
            try
            {
                var canary = SampleSet.From(await source.GetMetricSeriesAsync(canaryRequest, cancellationToken).ConfigureAwait(false));
                var stable = SampleSet.From(await source.GetMetricSeriesAsync(stableRequest, cancellationToken).ConfigureAwait(false));
                metrics.Add(new CanaryMetricSamples(metric, canaryRequest, stableRequest, canary, stable));
            }
            catch (GateDataException e)
            {
                metrics.Add(new CanaryMetricSamples(metric, canaryRequest, stableRequest, null, null, e.Message));
            }
        }

        return Decide(input, new CanaryData(canaryProblems, stableProblems, metrics), policy, context.EnvironmentUrl, now);
    }

    /// <summary>The policy's arm template with the target's selector and the version filled in.</summary>
    public static string ArmSelector(CanaryPolicy policy, GateTarget target, string version)
    {
        var quotedVersion = version.Replace("~", "~~", StringComparison.Ordinal).Replace("\"", "~\"", StringComparison.Ordinal);
        return policy.ArmSelectorTemplate
            .Replace("{selector}", target.EntitySelector, StringComparison.Ordinal)
            .Replace("{version}", quotedVersion, StringComparison.Ordinal);
    }

    public static Decision Decide(CanaryInput input, CanaryData data, GatePolicy policy, Uri? environmentUrl, DateTimeOffset now)
    {
        var rules = policy.Canary;
        var objectives = new List<Objective>();
        objectives.AddRange(CanaryProblemJudge.Judge(input, data.Canary, data.Stable, rules, environmentUrl));
        objectives.AddRange(data.Metrics.Select(m => CanaryMetricJudge.Judge(m, rules)));

        var window = new TimeWindow(now - (rules.MetricWindow > rules.ProblemWindow ? rules.MetricWindow : rules.ProblemWindow), now);
        var versions = $"{input.CanaryVersion} against {input.StableVersion} of {input.Target}";
        return DecisionFactory.Create(GateKind.Canary, input.Target, policy, now, window, objectives, outcome =>
        {
            var failing = objectives.Where(o => o.Outcome == outcome).Select(o => o.Name).ToList();
            return outcome switch
            {
                Outcome.Fail => $"roll back {input.CanaryVersion}: {GateFormat.List(failing)} regressed ({versions}).",
                Outcome.Error => $"could not compare {versions}: {GateFormat.List(failing)} unavailable.",
                Outcome.Inconclusive => $"too little data to compare {versions}: {GateFormat.List(failing)}.",
                _ => $"promote {input.CanaryVersion}: no regression found comparing {versions}.",
            };
        });
    }

    private static async Task<CanaryArmProblems> ProblemsAsync(IGateDataSource source, ProblemRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return new CanaryArmProblems(request, await source.GetProblemsAsync(request, cancellationToken).ConfigureAwait(false));
        }
        catch (GateDataException e)
        {
            return new CanaryArmProblems(request, null, e.Message);
        }
    }
}
