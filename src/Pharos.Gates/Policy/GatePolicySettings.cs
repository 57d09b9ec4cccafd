using Pharos.Gates.Decisions;
using Pharos.Gates.Evaluation;

namespace Pharos.Gates.Policy;

/// <summary>
/// Lists the settings a gate decides with (its own section and <c>warningsPass</c>) with their
/// values and sources, under the names the catalog's <c>gates:</c> block uses.
/// </summary>
public static class GatePolicySettings
{
    public static IReadOnlyList<PolicySetting> For(GateKind gate, GatePolicy policy)
    {
        var values = gate switch
        {
            GateKind.PreDeploy => PreDeploy(policy.PreDeploy),
            GateKind.PostDeploy => PostDeploy(policy.PostDeploy),
            GateKind.Canary => Canary(policy.Canary),
            _ => Slo(policy.Slo),
        };
        return values
            .Append((Setting: "warningsPass", Value: policy.WarningsPass ? "true" : "false"))
            .Select(v => new PolicySetting(v.Setting, v.Value, policy.Sources.GetValueOrDefault(v.Setting) ?? GatePolicySources.Default))
            .ToList();
    }

    private static IEnumerable<(string Setting, string Value)> PreDeploy(PreDeployPolicy p) =>
    [
        ("preDeploy.lookback", GateFormat.Duration(p.Lookback)),
        ("preDeploy.blockingSeverities", List(p.BlockingSeverities)),
        ("preDeploy.warningSeverities", List(p.WarningSeverities)),
    ];

    private static IEnumerable<(string Setting, string Value)> PostDeploy(PostDeployPolicy p) =>
    [
        ("postDeploy.criticalSeverities", List(p.CriticalSeverities)),
        ("postDeploy.degradedAbove", GateFormat.Number(p.DegradedAbove)),
        ("postDeploy.startTolerance", GateFormat.Duration(p.StartTolerance)),
        ("postDeploy.deploymentLookback", GateFormat.Duration(p.DeploymentLookback)),
        ("postDeploy.observePollInterval", GateFormat.Duration(p.ObservePollInterval)),
    ];

    private static IEnumerable<(string Setting, string Value)> Canary(CanaryPolicy p) =>
    [
        ("canary.problemWindow", GateFormat.Duration(p.ProblemWindow)),
        ("canary.problemRatio", GateFormat.Number(p.ProblemRatio)),
        ("canary.metricWindow", GateFormat.Duration(p.MetricWindow)),
        ("canary.alpha", GateFormat.Number(p.Alpha)),
        ("canary.minSamples", GateFormat.Number(p.MinSamples)),
        ("canary.metrics", List(p.Metrics.Select(m => $"{m.Name}: {m.MetricSelector}"))),
        ("canary.maxRelativeIncrease", List(p.Metrics.Select(m => $"{m.Name} {GateFormat.Number(m.MaxRelativeIncrease)}"))),
    ];

    private static IEnumerable<(string Setting, string Value)> Slo(SloPolicy p) =>
    [
        ("slo.failBelowRemainingBudgetPercent", GateFormat.Number(p.FailBelowRemainingBudgetPercent)),
        ("slo.warnBelowRemainingBudgetPercent", GateFormat.Number(p.WarnBelowRemainingBudgetPercent)),
        ("slo.failOnFastBurn", p.FailOnFastBurn ? "true" : "false"),
    ];

    private static string List(IEnumerable<string> values) => "[" + string.Join(", ", values) + "]";
}
