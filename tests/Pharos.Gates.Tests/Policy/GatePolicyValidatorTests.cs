using Pharos.Core.Diagnostics;
using Pharos.Gates.Decisions;
using Pharos.Gates.Policy;

namespace Pharos.Gates.Tests.Policy;

public class GatePolicyValidatorTests
{
    private static readonly SourceLocation Origin = new("catalog/monitoring-profiles.yaml", 12, 5);

    private static IReadOnlyList<Diagnostic> Validate(GatePolicy policy)
    {
        var bag = new DiagnosticBag();
        GatePolicyValidator.Validate(policy, bag, Origin);
        return bag.ToSortedList();
    }

    private static Diagnostic Single(GatePolicy policy, string code)
    {
        var d = Assert.Single(Validate(policy));
        Assert.Equal(code, d.Code);
        Assert.Equal(Origin, d.Location);
        return d;
    }

    [Fact]
    public void Validate_Default_IsValid()
    {
        Assert.True(GatePolicyValidator.Validate(GatePolicy.Default, new DiagnosticBag()));
    }

    [Fact]
    public void Default_HoldsTheSeedValues()
    {
        var policy = GatePolicy.Default;

        Assert.Equal(TimeSpan.FromMinutes(30), policy.PreDeploy.Lookback);
        Assert.Equal(["AVAILABILITY", "ERROR"], policy.PreDeploy.BlockingSeverities);
        Assert.Equal(["PERFORMANCE", "RESOURCE_CONTENTION"], policy.PreDeploy.WarningSeverities);
        Assert.Equal(2, policy.PostDeploy.DegradedAbove);
        Assert.Equal(TimeSpan.FromMinutes(5), policy.PostDeploy.StartTolerance);
        Assert.Equal(1.5, policy.Canary.ProblemRatio);
        Assert.Equal(TimeSpan.FromMinutes(15), policy.Canary.ProblemWindow);
        Assert.Equal(0, policy.Slo.FailBelowRemainingBudgetPercent);
        Assert.Equal(20, policy.Slo.WarnBelowRemainingBudgetPercent);
        Assert.False(policy.WarningsPass);
    }

    [Fact]
    public void Validate_ZeroLookback_ReportsPH6040()
    {
        var d = Single(GatePolicy.Default with { PreDeploy = new PreDeployPolicy { Lookback = TimeSpan.Zero } }, "PH6040");

        Assert.Equal("gate policy 'preDeploy.lookback' is 0s, but must be longer than zero. Use a duration such as 30m.", d.Message);
    }

    [Fact]
    public void Validate_NegativeStartTolerance_ReportsPH6040()
    {
        var d = Single(GatePolicy.Default with { PostDeploy = new PostDeployPolicy { StartTolerance = TimeSpan.FromMinutes(-1) } }, "PH6040");

        Assert.Equal("gate policy 'postDeploy.startTolerance' is -1m, but must be zero or longer. Use a duration such as 30m.", d.Message);
    }

    [Fact]
    public void Validate_MisspeltSeverity_ReportsPH6041WithSuggestion()
    {
        var d = Single(GatePolicy.Default with { PostDeploy = new PostDeployPolicy { CriticalSeverities = ["AVAILABILTY"] } }, "PH6041");

        Assert.Equal("gate policy 'postDeploy.criticalSeverities' names unknown severity 'AVAILABILTY'. Did you mean 'AVAILABILITY'? Use one of AVAILABILITY, ERROR, PERFORMANCE, RESOURCE_CONTENTION, CUSTOM_ALERT, MONITORING_UNAVAILABLE, INFO.", d.Message);
    }

    [Fact]
    public void Validate_SeverityBlocksAndWarns_ReportsPH6042()
    {
        var d = Single(GatePolicy.Default with { PreDeploy = new PreDeployPolicy { WarningSeverities = ["error"] } }, "PH6042");

        Assert.Equal("severity 'ERROR' is in both blockingSeverities and warningSeverities of the pre-deploy policy. Keep it in one of them.", d.Message);
    }

    [Theory]
    [InlineData(0.0, "canary.alpha", "0", "(0, 0.5]")]
    [InlineData(0.6, "canary.alpha", "0.6", "(0, 0.5]")]
    public void Validate_AlphaOutOfRange_ReportsPH6043(double alpha, string setting, string shown, string range)
    {
        var d = Single(GatePolicy.Default with { Canary = new CanaryPolicy { Alpha = alpha } }, "PH6043");

        Assert.Equal($"gate policy '{setting}' is {shown}, outside {range}. Use a value in that range.", d.Message);
    }

    [Fact]
    public void Validate_OtherRanges_ReportPH6043()
    {
        var policy = GatePolicy.Default with
        {
            PostDeploy = new PostDeployPolicy { DegradedAbove = -1 },
            Canary = new CanaryPolicy { ProblemRatio = 0, MinSamples = 2, Metrics = [new("m", "builtin:x", "", -0.1)] },
            Slo = new SloPolicy { FailBelowRemainingBudgetPercent = -5, WarnBelowRemainingBudgetPercent = 120 },
        };

        var messages = Validate(policy).Where(d => d.Code == "PH6043").Select(d => d.Message).ToList();

        Assert.Equal(6, messages.Count);
        Assert.Contains("gate policy 'canary.minSamples' is 2, outside [3, ∞). Use a value in that range.", messages);
        Assert.Contains("gate policy 'canary.metrics.m.maxRelativeIncrease' is -0.1, outside [0, ∞). Use a value in that range.", messages);
    }

    [Fact]
    public void Validate_DuplicateCanaryMetric_ReportsPH6044()
    {
        var d = Single(GatePolicy.Default with { Canary = new CanaryPolicy { Metrics = [new("m", "builtin:a", "", 0.1), new("m", "builtin:b", "", 0.1)] } }, "PH6044");

        Assert.Equal("canary metric 'm' is defined twice. Give each metric a unique name.", d.Message);
    }

    [Fact]
    public void Validate_EmptyCanaryMetricSelector_ReportsPH6045()
    {
        var d = Single(GatePolicy.Default with { Canary = new CanaryPolicy { Metrics = [new("m", " ", "", 0.1)] } }, "PH6045");

        Assert.Equal("canary metric 'm' has no metric selector. Add one, e.g. builtin:service.errors.total.rate:splitBy().", d.Message);
    }

    [Fact]
    public void Validate_ArmTemplateWithoutVersion_ReportsPH6046()
    {
        var d = Single(GatePolicy.Default with { Canary = new CanaryPolicy { ArmSelectorTemplate = "{selector}" } }, "PH6046");

        Assert.Equal("canary armSelectorTemplate '{selector}' has no {version} placeholder, so canary and stable would select the same entities. Add {version}, e.g. tag(\"[Kubernetes]app.kubernetes.io/version:{version}\").", d.Message);
    }

    [Fact]
    public void Validate_BudgetThresholdsReversed_ReportsPH6047()
    {
        var d = Single(GatePolicy.Default with { Slo = new SloPolicy { FailBelowRemainingBudgetPercent = 30, WarnBelowRemainingBudgetPercent = 10 } }, "PH6047");

        Assert.Equal("the SLO policy warns below 10 % remaining error budget but fails below 30 %, so it could fail without warning first. Make warnBelowRemainingBudgetPercent at least failBelowRemainingBudgetPercent.", d.Message);
    }

    [Fact]
    public void Validate_Overrides_AreImmutableCopies()
    {
        var overridden = GatePolicy.Default with { PostDeploy = GatePolicy.Default.PostDeploy with { DegradedAbove = 5 }, WarningsPass = true };

        Assert.Equal(5, overridden.PostDeploy.DegradedAbove);
        Assert.Equal(2, GatePolicy.Default.PostDeploy.DegradedAbove);
        Assert.Equal(Outcome.Error, overridden.Slo.NoSlosOutcome);
    }
}
