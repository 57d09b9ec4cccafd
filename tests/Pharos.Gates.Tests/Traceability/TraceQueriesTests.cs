using Pharos.Gates.Data;
using Pharos.Gates.Decisions;
using Pharos.Gates.Tests.TestSupport;
using Pharos.Gates.Traceability;

namespace Pharos.Gates.Tests.Traceability;

public class TraceQueriesTests
{
    private static readonly ManualTimeProvider Clock = new(TestData.Now);

    [Fact]
    public async Task TraceProblem_ByDisplayId_FindsItAndAsksForDeploymentsOnItsEntitiesBeforeItStarted()
    {
        var problem = TestData.Problem("P-900", "ERROR", TestData.Now.AddHours(-1), rootCause: TestData.Service2, affected: [TestData.Service1]);
        var source = new FakeDataSource
        {
            Problems = r => r.ProblemSelector == "displayId(\"P-900\")" ? [problem] : [],
            Events = _ => [TestData.Deployment("e-1", TestData.Service2, TestData.Now.AddHours(-2), "2.0.0")],
        };

        var result = await TraceQueries.TraceProblemAsync(source, "p-900", TimeSpan.FromDays(7), Clock, CancellationToken.None);

        Assert.Equal(GateExitCodes.Pass, result.ExitCode);
        Assert.Equal("2.0.0", result.Value?.Suspect?.Version);
        var events = Assert.IsType<EventRequest>(source.Requests[1]);
        Assert.Equal("entityId(\"SERVICE-0000000000000001\",\"SERVICE-0000000000000002\")", events.EntitySelector);
        Assert.Equal(problem.StartTime, events.To);
        Assert.Equal(problem.StartTime.AddDays(-7), events.From);
        Assert.Equal(2, result.Requests.Count);
    }

    [Fact]
    public async Task TraceProblem_ByProblemId_UsesTheSingleProblemEndpoint()
    {
        var problem = TestData.Problem("P-1", "ERROR", TestData.Now);
        var source = new FakeDataSource { Problem = id => id == problem.ProblemId ? problem : null };

        var result = await TraceQueries.TraceProblemAsync(source, problem.ProblemId, TimeSpan.FromDays(7), Clock, CancellationToken.None);

        Assert.NotNull(result.Value);
        Assert.Equal($"GET /api/v2/problems/{problem.ProblemId}", result.Requests[0]);
    }

    [Fact]
    public async Task TraceProblem_Unknown_ReportsPH6060()
    {
        var result = await TraceQueries.TraceProblemAsync(new FakeDataSource(), "P-404", TimeSpan.FromDays(7), Clock, CancellationToken.None);

        Assert.Null(result.Value);
        Assert.Equal(GateExitCodes.Error, result.ExitCode);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("PH6060", d.Code);
        Assert.Equal("the environment has no problem 'P-404'. Use the problem id or display id (P-…) shown in Dynatrace.", d.Message);
    }

    [Fact]
    public async Task TraceProblem_Unreachable_ReportsPH6061()
    {
        var source = new FakeDataSource { Problem = _ => throw new GateDataException("403 Token is missing required scope.") };

        var result = await TraceQueries.TraceProblemAsync(source, "-1_2V2", TimeSpan.FromDays(7), Clock, CancellationToken.None);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("PH6061", d.Code);
        Assert.Equal("the environment could not answer: 403 Token is missing required scope. Check the environment URL, the network and that the token has the problems.read and events.read scopes.", d.Message);
    }

    [Fact]
    public async Task Deployments_ListsEachDeploymentWithTheProblemsThatFollowed()
    {
        var source = new FakeDataSource
        {
            Events = _ => [TestData.Deployment("e-1", TestData.Service1, TestData.Now.AddHours(-2), "1.4.1"), TestData.Deployment("e-2", TestData.Service1, TestData.Now.AddHours(-1), "1.4.2")],
            Problems = _ => [TestData.Problem("P-7", "ERROR", TestData.Now.AddMinutes(-30))],
        };
        var window = new TimeWindow(TestData.Now.AddDays(-7), TestData.Now);

        var result = await TraceQueries.DeploymentsAsync(source, TestData.Target, window, Clock, CancellationToken.None);

        var history = Assert.IsAssignableFrom<IReadOnlyList<DeploymentWithProblems>>(result.Value);
        Assert.Equal(["1.4.1", "1.4.2"], history.Select(h => h.Deployment.Version));
        Assert.Equal("P-7", Assert.Single(history[1].Problems).DisplayId);
        Assert.Equal(TestData.Target.EntitySelector, Assert.IsType<ProblemRequest>(source.Requests[1]).EntitySelector);
    }
}
