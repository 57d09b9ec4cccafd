using Pharos.Core.Diagnostics;
using Pharos.Gates.Data;
using Pharos.Gates.Diagnostics;

namespace Pharos.Gates.Policy;

/// <summary>
/// Checks a gate policy after the catalog has overridden it, reporting every problem (PH6040–PH6047)
/// at <c>location</c>, the catalog position the override came from when known.
/// </summary>
public static class GatePolicyValidator
{
    public static bool Validate(GatePolicy policy, IDiagnosticSink diagnostics, SourceLocation? location = null)
    {
        var bag = new DiagnosticBag();
        PreDeploy(policy.PreDeploy, bag, location);
        PostDeploy(policy.PostDeploy, bag, location);
        Canary(policy.Canary, bag, location);
        Slo(policy.Slo, bag, location);
        var list = bag.ToSortedList();
        diagnostics.AddRangeTo(list);
        return !list.Any(d => d.IsError);
    }

    private static void PreDeploy(PreDeployPolicy rules, DiagnosticBag bag, SourceLocation? location)
    {
        Positive("preDeploy.lookback", rules.Lookback, bag, location);
        Severities("preDeploy.blockingSeverities", rules.BlockingSeverities, bag, location);
        Severities("preDeploy.warningSeverities", rules.WarningSeverities, bag, location);
        var blocking = rules.BlockingSeverities.Select(ProblemVocabulary.NormalizeSeverity).ToHashSet(StringComparer.Ordinal);
        foreach (var severity in rules.WarningSeverities.Select(ProblemVocabulary.NormalizeSeverity).Where(blocking.Contains).Distinct(StringComparer.Ordinal))
        {
            bag.Add(GateDiagnostics.SeverityBlocksAndWarns(severity, location));
        }
    }

    private static void PostDeploy(PostDeployPolicy rules, DiagnosticBag bag, SourceLocation? location)
    {
        Severities("postDeploy.criticalSeverities", rules.CriticalSeverities, bag, location);
        if (rules.DegradedAbove < 0)
        {
            bag.Add(GateDiagnostics.OutOfRange("postDeploy.degradedAbove", rules.DegradedAbove, "[0, ∞)", location));
        }

        if (rules.StartTolerance < TimeSpan.Zero)
        {
            bag.Add(GateDiagnostics.DurationTooShort("postDeploy.startTolerance", rules.StartTolerance, TimeSpan.Zero, location));
        }

        Positive("postDeploy.deploymentLookback", rules.DeploymentLookback, bag, location);
        Positive("postDeploy.observePollInterval", rules.ObservePollInterval, bag, location);
    }

    private static void Canary(CanaryPolicy rules, DiagnosticBag bag, SourceLocation? location)
    {
        Positive("canary.problemWindow", rules.ProblemWindow, bag, location);
        Positive("canary.metricWindow", rules.MetricWindow, bag, location);
        if (!(rules.ProblemRatio > 0))
        {
            bag.Add(GateDiagnostics.OutOfRange("canary.problemRatio", rules.ProblemRatio, "(0, ∞)", location));
        }

        if (!(rules.Alpha > 0 && rules.Alpha <= 0.5))
        {
            bag.Add(GateDiagnostics.OutOfRange("canary.alpha", rules.Alpha, "(0, 0.5]", location));
        }

        // With fewer than 3 samples per version no one-sided p-value can fall below 0.05.
        if (rules.MinSamples < 3)
        {
            bag.Add(GateDiagnostics.OutOfRange("canary.minSamples", rules.MinSamples, "[3, ∞)", location));
        }

        if (!rules.ArmSelectorTemplate.Contains("{version}", StringComparison.Ordinal))
        {
            bag.Add(GateDiagnostics.ArmTemplateWithoutVersion(rules.ArmSelectorTemplate, location));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var metric in rules.Metrics)
        {
            if (!names.Add(metric.Name))
            {
                bag.Add(GateDiagnostics.DuplicateCanaryMetric(metric.Name, location));
            }

            if (string.IsNullOrWhiteSpace(metric.MetricSelector))
            {
                bag.Add(GateDiagnostics.EmptyCanaryMetricSelector(metric.Name, location));
            }

            if (!(metric.MaxRelativeIncrease >= 0))
            {
                bag.Add(GateDiagnostics.OutOfRange($"canary.metrics.{metric.Name}.maxRelativeIncrease", metric.MaxRelativeIncrease, "[0, ∞)", location));
            }
        }
    }

    private static void Slo(SloPolicy rules, DiagnosticBag bag, SourceLocation? location)
    {
        Percent("slo.failBelowRemainingBudgetPercent", rules.FailBelowRemainingBudgetPercent, bag, location);
        Percent("slo.warnBelowRemainingBudgetPercent", rules.WarnBelowRemainingBudgetPercent, bag, location);
        if (rules.WarnBelowRemainingBudgetPercent < rules.FailBelowRemainingBudgetPercent)
        {
            bag.Add(GateDiagnostics.BudgetThresholdsReversed(rules.FailBelowRemainingBudgetPercent, rules.WarnBelowRemainingBudgetPercent, location));
        }
    }

    private static void Positive(string setting, TimeSpan value, DiagnosticBag bag, SourceLocation? location)
    {
        if (value <= TimeSpan.Zero)
        {
            bag.Add(GateDiagnostics.DurationTooShort(setting, value, TimeSpan.FromTicks(1), location));
        }
    }

    private static void Percent(string setting, double value, DiagnosticBag bag, SourceLocation? location)
    {
        if (!(value >= 0 && value <= 100))
        {
            bag.Add(GateDiagnostics.OutOfRange(setting, value, "[0, 100]", location));
        }
    }

    private static void Severities(string setting, IReadOnlyList<string> severities, DiagnosticBag bag, SourceLocation? location)
    {
        foreach (var severity in severities)
        {
            if (!ProblemVocabulary.SeverityLevels.Contains(ProblemVocabulary.NormalizeSeverity(severity), StringComparer.Ordinal))
            {
                bag.Add(GateDiagnostics.UnknownSeverity(setting, severity, ProblemVocabulary.SeverityLevels, location));
            }
        }
    }

    private static void AddRangeTo(this IDiagnosticSink sink, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            sink.Add(d);
        }
    }
}
