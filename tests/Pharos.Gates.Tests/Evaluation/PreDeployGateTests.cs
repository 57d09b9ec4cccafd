using Pharos.Gates.Data;
using Pharos.Gates.Decisions;
using Pharos.Gates.Evaluation;
using Pharos.Gates.Policy;
using Pharos.Gates.Tests.TestSupport;

namespace Pharos.Gates.Tests.Evaluation;

public class PreDeployGateTests
{
    private static Task<Decision> Evaluate(FakeDataSource source, GatePolicy? policy = null) =>
        PreDeployGate.EvaluateAsync(source, TestData.Target, policy ?? GatePolicy.Default, TestData.Context(), CancellationToken.None);

    private static FakeDataSource With(params GateProblem[] problems) => new() { Problems = _ => problems };

    [Fact]
    public async Task Evaluate_AsksForOpenProblemsOnTheTargetInTheLast30Minutes()
    {
        var source = With();

        await Evaluate(source);

        var request = Assert.IsType<ProblemRequest>(Assert.Single(source.Requests));
        Assert.Equal("status(\"open\")", request.ProblemSelector);
        Assert.Equal(TestData.Target.EntitySelector, request.EntitySelector);
        Assert.Equal(TestData.Now.AddMinutes(-30), request.From);
        Assert.Equal(TestData.Now, request.To);
    }

    [Fact]
    public async Task Evaluate_NoProblems_ProceedsWithExitCode0()
    {
        var decision = await Evaluate(With());

        Assert.Equal("PROCEED", decision.Verdict);
        Assert.Equal(Outcome.Pass, decision.Outcome);
        Assert.Equal(0, decision.ExitCode);
        var objective = Assert.Single(decision.Objectives);
        Assert.Equal(ReasonCodes.PreDeployNoOpenProblems, objective.ReasonCode);
        Assert.Equal("0 blocking, 0 warning", objective.Value);
        Assert.Equal("GET /api/v2/problems?problemSelector=status(\"open\")&entitySelector=type(SERVICE),tag(\"[Kubernetes]app:payment-processor\"),tag(\"[Kubernetes]cost.environment:prod\")&from=2025-03-14T09:30:00.000Z&to=2025-03-14T10:00:00.000Z", Assert.Single(objective.Requests));
    }

    [Theory]
    [InlineData("AVAILABILITY")]
    [InlineData("ERROR")]
    [InlineData("error")]
    public async Task Evaluate_AvailabilityOrErrorProblem_Blocks(string severity)
    {
        var decision = await Evaluate(With(TestData.Problem("P-101", severity, TestData.Now.AddMinutes(-12))));

        Assert.Equal("BLOCK", decision.Verdict);
        Assert.Equal(1, decision.ExitCode);
        var objective = Assert.Single(decision.Objectives);
        Assert.Equal(ReasonCodes.PreDeployBlockingProblem, objective.ReasonCode);
        Assert.Equal("problem P-101", objective.Name);
        Assert.Equal("https://abc12345.live.dynatrace.com/#problems/problemdetails;pid=-101_1741946400000V2", objective.Link);
        Assert.Equal("1 blocking problem open on payment-processor (prod): P-101.", decision.Summary);
    }

    [Theory]
    [InlineData("PERFORMANCE")]
    [InlineData("RESOURCE_CONTENTION")]
    [InlineData("RESOURCE_CONTENTION_EVENT")]
    public async Task Evaluate_PerformanceOrResourceProblem_Warns(string severity)
    {
        var decision = await Evaluate(With(TestData.Problem("P-102", severity, TestData.Now.AddMinutes(-5))));

        Assert.Equal("WARN", decision.Verdict);
        Assert.Equal(2, decision.ExitCode);
        Assert.Equal(ReasonCodes.PreDeployWarningProblem, Assert.Single(decision.Objectives).ReasonCode);
    }

    [Fact]
    public async Task Evaluate_WarningWithWarningsPass_ExitsZero()
    {
        var decision = await Evaluate(With(TestData.Problem("P-102", "PERFORMANCE", TestData.Now)), GatePolicy.Default with { WarningsPass = true });

        Assert.Equal("WARN", decision.Verdict);
        Assert.Equal(0, decision.ExitCode);
    }

    [Theory]
    [InlineData("CUSTOM_ALERT")]
    [InlineData("MONITORING_UNAVAILABLE")]
    [InlineData("SOMETHING_NEW")]
    public async Task Evaluate_OtherSeverity_ProceedsAndListsIt(string severity)
    {
        var decision = await Evaluate(With(TestData.Problem("P-103", severity, TestData.Now)));

        Assert.Equal("PROCEED", decision.Verdict);
        Assert.Contains(decision.Objectives, o => o.ReasonCode == ReasonCodes.PreDeployOtherProblem && o.Outcome == Outcome.Info);
        Assert.Contains(decision.Objectives, o => o.ReasonCode == ReasonCodes.PreDeployNoOpenProblems);
    }

    [Fact]
    public async Task Evaluate_ClosedDuplicateAndMaintenanceProblems_AreListedButIgnored()
    {
        var decision = await Evaluate(With(
            TestData.Problem("P-201", "ERROR", TestData.Now.AddMinutes(-20), status: "CLOSED"),
            TestData.Problem("P-202", "ERROR", TestData.Now.AddMinutes(-15), linkedTo: "-999_1V2"),
            TestData.Problem("P-203", "AVAILABILITY", TestData.Now.AddMinutes(-10), underMaintenance: true)));

        Assert.Equal("PROCEED", decision.Verdict);
        Assert.Equal(
            [ReasonCodes.PreDeployNoOpenProblems, ReasonCodes.ProblemIgnoredClosed, ReasonCodes.ProblemIgnoredDuplicate, ReasonCodes.ProblemIgnoredMaintenance],
            decision.Objectives.Select(o => o.ReasonCode));
        Assert.Equal("P-202 is a duplicate of -999_1V2; the original counts instead.", decision.Objectives[2].Message);
    }

    [Fact]
    public async Task Evaluate_SeveralBlockingProblems_ListsEveryOneWithIdAndLink()
    {
        var decision = await Evaluate(With(
            TestData.Problem("P-302", "AVAILABILITY", TestData.Now.AddMinutes(-2)),
            TestData.Problem("P-301", "ERROR", TestData.Now.AddMinutes(-8)),
            TestData.Problem("P-303", "PERFORMANCE", TestData.Now.AddMinutes(-1))));

        Assert.Equal("BLOCK", decision.Verdict);
        var blocking = decision.Objectives.Where(o => o.ReasonCode == ReasonCodes.PreDeployBlockingProblem).ToList();
        Assert.Equal(["problem P-301", "problem P-302"], blocking.Select(o => o.Name));
        Assert.All(blocking, o => Assert.StartsWith("https://abc12345.live.dynatrace.com/#problems/problemdetails;pid=", o.Link, StringComparison.Ordinal));
        Assert.Equal("2 blocking problems open on payment-processor (prod): P-301, P-302. Also 1 warning problem: P-303.", decision.Summary);
    }

    [Fact]
    public async Task Evaluate_PolicyOverride_ChangesWhatBlocks()
    {
        var policy = GatePolicy.Default with { PreDeploy = new PreDeployPolicy { BlockingSeverities = ["PERFORMANCE"], WarningSeverities = [] } };

        var decision = await Evaluate(With(TestData.Problem("P-1", "PERFORMANCE", TestData.Now)), policy);

        Assert.Equal("BLOCK", decision.Verdict);
    }

    [Fact]
    public async Task Evaluate_EnvironmentUnreachable_IsAnErrorWithExitCode4()
    {
        var source = new FakeDataSource { Problems = _ => throw new GateDataException("connection refused.") };

        var decision = await Evaluate(source);

        Assert.Equal("ERROR", decision.Verdict);
        Assert.Equal(4, decision.ExitCode);
        var objective = Assert.Single(decision.Objectives);
        Assert.Equal(ReasonCodes.DataUnavailable, objective.ReasonCode);
        Assert.Equal("the environment could not answer: connection refused.", objective.Message);
        Assert.Single(objective.Requests);
    }
}
