using Pharos.Gates.Data;
using Pharos.Gates.Decisions;
using Pharos.Gates.Evaluation;
using Pharos.Gates.Policy;
using Pharos.Gates.Tests.TestSupport;

namespace Pharos.Gates.Tests.Evaluation;

public class PostDeployGateTests
{
    private static readonly DateTimeOffset Deployed = TestData.Now.AddMinutes(-20);

    private static FakeDataSource Environment(params GateProblem[] problems) => new()
    {
        Events = _ =>
        [
            TestData.Deployment("e-old", TestData.Service1, TestData.Now.AddHours(-5), "1.4.1"),
            TestData.Deployment("e-1", TestData.Service1, Deployed, "1.4.2"),
            TestData.Deployment("e-2", TestData.Service2, Deployed.AddSeconds(2), "1.4.2"),
        ],
        Problems = _ => problems,
    };

    private static Task<Decision> Evaluate(FakeDataSource source, DateTimeOffset? since = null, GatePolicy? policy = null) =>
        PostDeployGate.EvaluateAsync(source, new PostDeployInput(TestData.Target, since), policy ?? GatePolicy.Default, TestData.Context(), CancellationToken.None);

    [Fact]
    public async Task Evaluate_UsesTheLatestDeploymentAndItsEntities()
    {
        var source = Environment();

        var decision = await Evaluate(source);

        var events = Assert.IsType<EventRequest>(source.Requests[0]);
        Assert.Equal("eventType(\"CUSTOM_DEPLOYMENT\")", events.EventSelector);
        Assert.Equal(TestData.Now.AddHours(-24), events.From);
        var problems = Assert.IsType<ProblemRequest>(source.Requests[1]);
        Assert.Equal("entityId(\"SERVICE-0000000000000001\",\"SERVICE-0000000000000002\")", problems.EntitySelector);
        Assert.Null(problems.ProblemSelector);
        Assert.Equal(Deployed.AddMinutes(-5), problems.From);
        Assert.Equal("1.4.2 (commit 142aaaaaaa, https://github.com/bank/payments/actions/runs/142) at 2025-03-14T09:40:00Z", decision.Objectives[0].Value);
        Assert.Equal(new TimeWindow(Deployed, TestData.Now), decision.Window);
    }

    [Fact]
    public async Task Evaluate_NoProblems_IsHealthy()
    {
        var decision = await Evaluate(Environment());

        Assert.Equal("HEALTHY", decision.Verdict);
        Assert.Equal(0, decision.ExitCode);
        Assert.Equal(
            [ReasonCodes.PostDeployDeployment, ReasonCodes.PostDeployNoCriticalProblems, ReasonCodes.PostDeployProblemsWithinLimit],
            decision.Objectives.Select(o => o.ReasonCode));
    }

    [Fact]
    public async Task Evaluate_CriticalProblemSinceDeployment_Fails()
    {
        var decision = await Evaluate(Environment(TestData.Problem("P-501", "AVAILABILITY", Deployed.AddMinutes(3), status: "CLOSED")));

        Assert.Equal("FAILED", decision.Verdict);
        Assert.Equal(1, decision.ExitCode);
        var critical = Assert.Single(decision.Objectives, o => o.ReasonCode == ReasonCodes.PostDeployCriticalProblem);
        Assert.Equal(Outcome.Fail, critical.Outcome);
        Assert.NotNull(critical.Link);
        Assert.Equal("1 critical problem since the deployment of payment-processor (prod): P-501.", decision.Summary);
    }

    [Fact]
    public async Task Evaluate_TwoNonCriticalProblems_IsStillHealthy()
    {
        var decision = await Evaluate(Environment(
            TestData.Problem("P-1", "PERFORMANCE", Deployed.AddMinutes(1)),
            TestData.Problem("P-2", "RESOURCE_CONTENTION", Deployed.AddMinutes(2))));

        Assert.Equal("HEALTHY", decision.Verdict);
        Assert.Equal("2", Assert.Single(decision.Objectives, o => o.Name == "problems since deployment").Value);
    }

    [Fact]
    public async Task Evaluate_ThreeNonCriticalProblems_IsDegraded()
    {
        var decision = await Evaluate(Environment(
            TestData.Problem("P-1", "PERFORMANCE", Deployed.AddMinutes(1)),
            TestData.Problem("P-2", "PERFORMANCE", Deployed.AddMinutes(2)),
            TestData.Problem("P-3", "CUSTOM_ALERT", Deployed.AddMinutes(3))));

        Assert.Equal("DEGRADED", decision.Verdict);
        Assert.Equal(2, decision.ExitCode);
        var count = Assert.Single(decision.Objectives, o => o.ReasonCode == ReasonCodes.PostDeployTooManyProblems);
        Assert.Equal("3", count.Value);
        Assert.Equal("≤ 2", count.Threshold);
    }

    [Fact]
    public async Task Evaluate_DegradedAboveFromPolicy_IsUsed()
    {
        var policy = GatePolicy.Default with { PostDeploy = new PostDeployPolicy { DegradedAbove = 0 } };

        var decision = await Evaluate(Environment(TestData.Problem("P-1", "PERFORMANCE", Deployed.AddMinutes(1))), policy: policy);

        Assert.Equal("DEGRADED", decision.Verdict);
    }

    [Fact]
    public async Task Evaluate_ProblemStartedBeforeTheTolerance_IsNotCounted()
    {
        var decision = await Evaluate(Environment(
            TestData.Problem("P-old", "ERROR", Deployed.AddMinutes(-6)),
            TestData.Problem("P-skew", "PERFORMANCE", Deployed.AddMinutes(-4))));

        Assert.Equal("HEALTHY", decision.Verdict);
        Assert.Equal(ReasonCodes.PostDeployPreexistingProblem, Assert.Single(decision.Objectives, o => o.Name == "problem P-old").ReasonCode);
        Assert.Equal(ReasonCodes.PostDeployProblem, Assert.Single(decision.Objectives, o => o.Name == "problem P-skew").ReasonCode);
    }

    [Fact]
    public async Task Evaluate_DuplicateAndMaintenance_AreNotCounted()
    {
        var decision = await Evaluate(Environment(
            TestData.Problem("P-1", "ERROR", Deployed.AddMinutes(1), linkedTo: "-5_1V2"),
            TestData.Problem("P-2", "ERROR", Deployed.AddMinutes(1), underMaintenance: true)));

        Assert.Equal("HEALTHY", decision.Verdict);
    }

    [Fact]
    public async Task Evaluate_Since_SkipsTheEventLookupAndUsesTheTargetSelector()
    {
        var source = Environment();
        var since = TestData.Now.AddMinutes(-7);

        var decision = await Evaluate(source, since);

        var request = Assert.IsType<ProblemRequest>(Assert.Single(source.Requests));
        Assert.Equal(TestData.Target.EntitySelector, request.EntitySelector);
        Assert.Equal(since.AddMinutes(-5), request.From);
        Assert.Equal("--since 2025-03-14T09:53:00Z", decision.Objectives[0].Value);
    }

    [Fact]
    public async Task Evaluate_NoDeploymentEvent_IsAnErrorThatSaysWhatToDo()
    {
        var decision = await Evaluate(new FakeDataSource());

        Assert.Equal("ERROR", decision.Verdict);
        Assert.Equal(4, decision.ExitCode);
        var objective = Assert.Single(decision.Objectives);
        Assert.Equal(ReasonCodes.PostDeployNoDeployment, objective.ReasonCode);
        Assert.Equal("no deployment event on payment-processor (prod) in the last 1d. Send one with 'pharos deploy-event' after deploying, or pass --since.", objective.Message);
    }

    [Fact]
    public async Task Evaluate_ProblemsUnavailable_IsAnError()
    {
        var source = Environment();
        source.Problems = _ => throw new GateDataException("503 Service Unavailable.");

        var decision = await Evaluate(source);

        Assert.Equal(Outcome.Error, decision.Outcome);
        Assert.Equal(ReasonCodes.DataUnavailable, Assert.Single(decision.Objectives).ReasonCode);
    }
}
