using Pharos.Gates.Data;
using Pharos.Gates.Decisions;
using Pharos.Gates.Evaluation;
using Pharos.Gates.Policy;
using Pharos.Gates.Tests.TestSupport;

namespace Pharos.Gates.Tests.Evaluation;

public class SloGateTests
{
    private static GateSlo Slo(
        string name = "payment-processor availability",
        string status = "SUCCESS",
        double evaluated = 99.95,
        double target = 99.9,
        double warning = 99.95,
        string burnType = "NONE",
        double? burnValue = 0.4,
        string error = "NONE") => new()
        {
            Id = "6ab7f2b1-" + name.Length,
            Name = name,
            Status = status,
            Target = target,
            Warning = warning,
            EvaluatedPercentage = evaluated,
            ErrorBudget = evaluated < 0 ? -1 : evaluated - target,
            Error = error,
            Timeframe = "-1w",
            BurnRate = new GateSloBurnRate(burnType, burnValue, 10),
        };

    private static Task<Decision> Evaluate(FakeDataSource source, GatePolicy? policy = null, string? selector = null) =>
        SloGate.EvaluateAsync(source, new SloInput(TestData.Target, selector), policy ?? GatePolicy.Default, TestData.Context(), CancellationToken.None);

    private static FakeDataSource With(params GateSlo[] slos) => new() { Slos = _ => slos };

    [Fact]
    public async Task Evaluate_SelectsTheServicesSlosByDefault()
    {
        var source = With(Slo());

        await Evaluate(source);

        var request = Assert.IsType<SloRequest>(Assert.Single(source.Requests));
        Assert.Equal("text(\"payment-processor\")", request.SloSelector);
        Assert.Equal("GET /api/v2/slo?sloSelector=text(\"payment-processor\")&timeFrame=CURRENT&evaluate=true", request.Describe());
    }

    [Fact]
    public async Task Evaluate_ExplicitSelector_IsUsed()
    {
        var source = With(Slo());

        await Evaluate(source, selector: "id(\"6ab7\")");

        Assert.Equal("id(\"6ab7\")", Assert.IsType<SloRequest>(Assert.Single(source.Requests)).SloSelector);
    }

    [Fact]
    public async Task Evaluate_HealthySlo_Passes()
    {
        var decision = await Evaluate(With(Slo(evaluated: 99.98)));

        Assert.Equal("PASS", decision.Verdict);
        Assert.Equal(
            [ReasonCodes.SloStatusSuccess, ReasonCodes.SloBudgetOk, ReasonCodes.SloNoFastBurn],
            decision.Objectives.Select(o => o.ReasonCode));
        Assert.Equal("80 % left (0.08 of 0.1 points)", decision.Objectives[1].Value);
    }

    [Fact]
    public async Task Evaluate_FailureStatus_Fails()
    {
        var decision = await Evaluate(With(Slo(status: "FAILURE", evaluated: 99.5)));

        Assert.Equal("FAIL", decision.Verdict);
        Assert.Equal(1, decision.ExitCode);
        Assert.Equal(ReasonCodes.SloStatusFailure, decision.Objectives[0].ReasonCode);
        Assert.Equal(ReasonCodes.SloBudgetExhausted, decision.Objectives[1].ReasonCode);
        Assert.Equal("exhausted, overspent by 400 % (-0.4 of 0.1 points)", decision.Objectives[1].Value);
    }

    [Fact]
    public async Task Evaluate_LowBudget_WarnsBelow20Percent()
    {
        var decision = await Evaluate(With(Slo(status: "WARNING", evaluated: 99.915, warning: 99.95)));

        Assert.Equal("WARN", decision.Verdict);
        Assert.Equal(ReasonCodes.SloBudgetLow, decision.Objectives[1].ReasonCode);
        Assert.Equal("15 % left (0.015 of 0.1 points)", decision.Objectives[1].Value);
    }

    [Fact]
    public async Task Evaluate_BudgetBelowTheFailThreshold_FailsEvenWhenStatusIsSuccess()
    {
        var policy = GatePolicy.Default with { Slo = new SloPolicy { FailBelowRemainingBudgetPercent = 50, WarnBelowRemainingBudgetPercent = 60 } };

        var decision = await Evaluate(With(Slo(evaluated: 99.94, warning: 99.92)), policy);

        Assert.Equal("FAIL", decision.Verdict);
        Assert.Equal(ReasonCodes.SloBudgetExhausted, decision.Objectives[1].ReasonCode);
        Assert.Equal(Outcome.Pass, decision.Objectives[0].Outcome);
    }

    [Fact]
    public async Task Evaluate_FastBurn_Fails()
    {
        var decision = await Evaluate(With(Slo(burnType: "FAST", burnValue: 14.4)));

        Assert.Equal("FAIL", decision.Verdict);
        var burn = decision.Objectives[2];
        Assert.Equal(ReasonCodes.SloFastBurn, burn.ReasonCode);
        Assert.Equal("14.4 (FAST)", burn.Value);
        Assert.Equal("fast burn at ≥ 10", burn.Threshold);
    }

    [Fact]
    public async Task Evaluate_BurnValueAboveThreshold_IsAFastBurnEvenIfTypeSaysOtherwise()
    {
        var decision = await Evaluate(With(Slo(burnType: "SLOW", burnValue: 12)));

        Assert.Equal(ReasonCodes.SloFastBurn, decision.Objectives[2].ReasonCode);
    }

    [Fact]
    public async Task Evaluate_FastBurnCheckOff_IsOnlyInformation()
    {
        var policy = GatePolicy.Default with { Slo = new SloPolicy { FailOnFastBurn = false } };

        var decision = await Evaluate(With(Slo(burnType: "FAST", burnValue: 14.4)), policy);

        Assert.Equal("PASS", decision.Verdict);
        Assert.Equal(Outcome.Info, decision.Objectives[2].Outcome);
    }

    [Fact]
    public async Task Evaluate_NotEvaluated_FailsByDefault()
    {
        var decision = await Evaluate(With(Slo(evaluated: -1, error: "NO_DATA")));

        Assert.Equal("FAIL", decision.Verdict);
        var objective = Assert.Single(decision.Objectives);
        Assert.Equal(ReasonCodes.SloNotEvaluated, objective.ReasonCode);
        Assert.Equal("not evaluated (error NO_DATA)", objective.Value);
    }

    [Fact]
    public async Task Evaluate_NoSlos_IsAnErrorByDefault()
    {
        var decision = await Evaluate(With());

        Assert.Equal("ERROR", decision.Verdict);
        Assert.Equal(4, decision.ExitCode);
        Assert.Equal("no SLO matches text(\"payment-processor\"). Check the selector, or that sync created the SLOs of payment-processor (prod).", Assert.Single(decision.Objectives).Message);
    }

    [Fact]
    public async Task Evaluate_SeveralSlos_WorstWins()
    {
        var decision = await Evaluate(With(Slo("b latency"), Slo("a availability", status: "FAILURE", evaluated: 99.0)));

        Assert.Equal("FAIL", decision.Verdict);
        Assert.Equal("SLO a availability status", decision.Objectives[0].Name);
        Assert.Equal(6, decision.Objectives.Count);
    }

    [Fact]
    public async Task Evaluate_Unreachable_IsAnError()
    {
        var decision = await Evaluate(new FakeDataSource { Slos = _ => throw new GateDataException("401 Unauthorized.") });

        Assert.Equal(4, decision.ExitCode);
    }
}
