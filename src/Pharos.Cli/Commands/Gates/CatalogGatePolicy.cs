using Pharos.Catalog.Model;
using Pharos.Catalog.Resolution;
using Pharos.Gates.Policy;

namespace Pharos.Cli.Commands.Gates;

/// <summary>
/// Applies the catalog's resolved <c>gates:</c> settings over the seed-002 defaults, recording for
/// each the catalog layer and position it came from (shown in every decision).
/// </summary>
public static class CatalogGatePolicy
{
    public static GatePolicy Apply(GatePolicy policy, ResolvedGates gates)
    {
        var sources = new Dictionary<string, string>(policy.Sources, StringComparer.Ordinal);
        foreach (var resolved in gates.Settings)
        {
            var setting = resolved.Value;
            policy = Apply(policy, setting.Path, setting.Value);
            sources[setting.Path] = $"{resolved.Source.Layer} ({resolved.Source.Location})";
        }

        return ApplyCanaryMetrics(policy, gates) with { Sources = sources };
    }

    /// <summary>Records a command-line flag as the source of a setting (a flag beats every catalog layer).</summary>
    public static GatePolicy FromFlag(GatePolicy policy, string setting, string flag) =>
        policy with { Sources = new Dictionary<string, string>(policy.Sources, StringComparer.Ordinal) { [setting] = flag } };

    private static GatePolicy Apply(GatePolicy p, string path, GateValue value) => path switch
    {
        "warningsPass" => p with { WarningsPass = Flag(value) },
        "preDeploy.lookback" => p with { PreDeploy = p.PreDeploy with { Lookback = Duration(value) } },
        "preDeploy.blockingSeverities" => p with { PreDeploy = p.PreDeploy with { BlockingSeverities = Severities(value) } },
        "preDeploy.warningSeverities" => p with { PreDeploy = p.PreDeploy with { WarningSeverities = Severities(value) } },
        "postDeploy.criticalSeverities" => p with { PostDeploy = p.PostDeploy with { CriticalSeverities = Severities(value) } },
        "postDeploy.degradedAbove" => p with { PostDeploy = p.PostDeploy with { DegradedAbove = (int)Number(value) } },
        "postDeploy.startTolerance" => p with { PostDeploy = p.PostDeploy with { StartTolerance = Duration(value) } },
        "postDeploy.deploymentLookback" => p with { PostDeploy = p.PostDeploy with { DeploymentLookback = Duration(value) } },
        "postDeploy.observePollInterval" => p with { PostDeploy = p.PostDeploy with { ObservePollInterval = Duration(value) } },
        "canary.problemWindow" => p with { Canary = p.Canary with { ProblemWindow = Duration(value) } },
        "canary.problemRatio" => p with { Canary = p.Canary with { ProblemRatio = Number(value) } },
        "canary.metricWindow" => p with { Canary = p.Canary with { MetricWindow = Duration(value) } },
        "canary.alpha" => p with { Canary = p.Canary with { Alpha = Number(value) } },
        "canary.minSamples" => p with { Canary = p.Canary with { MinSamples = (int)Number(value) } },
        // Applied together afterwards: a metric's own tolerance beats canary.maxRelativeIncrease whatever layer set either.
        "canary.metrics" or "canary.maxRelativeIncrease" => p,
        "slo.failBelowRemainingBudgetPercent" => p with { Slo = p.Slo with { FailBelowRemainingBudgetPercent = Number(value) } },
        "slo.warnBelowRemainingBudgetPercent" => p with { Slo = p.Slo with { WarnBelowRemainingBudgetPercent = Number(value) } },
        "slo.failOnFastBurn" => p with { Slo = p.Slo with { FailOnFastBurn = Flag(value) } },
        // GateFacts and this switch are kept in step by CatalogGatePolicyTests.
        _ => throw new InvalidOperationException($"gates setting '{path}' has no mapping onto GatePolicy."),
    };

    private static GatePolicy ApplyCanaryMetrics(GatePolicy policy, ResolvedGates gates)
    {
        var metrics = gates.Find("canary.metrics")?.Value.Value is GateCanaryMetrics listed
            ? listed.Values.Select(m => new CanaryMetric(m.Name, m.Selector, m.Unit, m.MaxRelativeIncrease ?? double.NaN)).ToList()
            : policy.Canary.Metrics.Select(m => m with { MaxRelativeIncrease = double.NaN }).ToList();
        var tolerance = gates.Find("canary.maxRelativeIncrease")?.Value.Value is GateNumber number ? number.Value : (double?)null;
        var defaults = policy.Canary.Metrics.ToDictionary(m => m.Name, m => m.MaxRelativeIncrease, StringComparer.Ordinal);
        var fallback = new CanaryPolicy().Metrics[0].MaxRelativeIncrease;

        // NaN marks "no tolerance of its own": then canary.maxRelativeIncrease, then the built-in one.
        var resolved = metrics.Select(m => double.IsNaN(m.MaxRelativeIncrease)
            ? m with { MaxRelativeIncrease = tolerance ?? defaults.GetValueOrDefault(m.Name, fallback) }
            : m).ToList();
        return policy with { Canary = policy.Canary with { Metrics = resolved } };
    }

    private static bool Flag(GateValue value) => ((GateFlag)value).Value;

    private static double Number(GateValue value) => ((GateNumber)value).Value;

    private static TimeSpan Duration(GateValue value) => ((GateDuration)value).Value;

    private static IReadOnlyList<string> Severities(GateValue value) => ((GateSeverities)value).Values;
}
