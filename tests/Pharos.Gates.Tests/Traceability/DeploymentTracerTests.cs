using Pharos.Gates.Tests.TestSupport;
using Pharos.Gates.Traceability;

namespace Pharos.Gates.Tests.Traceability;

public class DeploymentTracerTests
{
    private static readonly DateTimeOffset Start = TestData.Now;

    [Fact]
    public void TraceProblem_LatestDeploymentBeforeStartOnTheRootCause_IsTheSuspect()
    {
        var problem = TestData.Problem("P-900", "ERROR", Start, rootCause: TestData.Service2, affected: [TestData.Service1, TestData.Service2]);

        var trace = DeploymentTracer.TraceProblem(problem,
        [
            TestData.Deployment("a-1", TestData.Service1, Start.AddMinutes(-10), "1.4.2"),
            TestData.Deployment("b-1", TestData.Service2, Start.AddHours(-2), "2.0.0", commit: "c0ffee0", link: "https://gitlab.bank.example/p/-/pipelines/9"),
            TestData.Deployment("b-2", TestData.Service2, Start.AddMinutes(5), "2.0.1"),
        ]);

        Assert.Equal([EntityRole.RootCause, EntityRole.Affected], trace.Entities.Select(e => e.Role));
        Assert.Equal(TestData.Service2, trace.Entities[0].Entity);
        Assert.Equal("2.0.0", trace.Entities[0].LatestDeployment?.Version);
        Assert.Equal("1.4.2", trace.Entities[1].LatestDeployment?.Version);
        var suspect = Assert.IsType<Deployment>(trace.Suspect);
        Assert.Equal("2.0.0", suspect.Version);
        Assert.Equal("c0ffee0", suspect.Commit);
        Assert.Equal("https://gitlab.bank.example/p/-/pipelines/9", suspect.CiBackLink);
    }

    [Fact]
    public void TraceProblem_NoRootCauseDeployment_SuspectsTheMostRecentAffectedDeployment()
    {
        var problem = TestData.Problem("P-901", "ERROR", Start, rootCause: null, affected: [TestData.Service1, TestData.Service2]);

        var trace = DeploymentTracer.TraceProblem(problem,
        [
            TestData.Deployment("a-1", TestData.Service1, Start.AddMinutes(-40), "1.4.2"),
            TestData.Deployment("b-1", TestData.Service2, Start.AddMinutes(-4), "2.0.0"),
        ]);

        Assert.Equal("2.0.0", trace.Suspect?.Version);
    }

    [Fact]
    public void TraceProblem_DeploymentAtTheSameInstant_CountsAsBefore()
    {
        var problem = TestData.Problem("P-902", "ERROR", Start);

        var trace = DeploymentTracer.TraceProblem(problem, [TestData.Deployment("a-1", TestData.Service1, Start, "1.4.2")]);

        Assert.Equal("1.4.2", trace.Suspect?.Version);
    }

    [Fact]
    public void TraceProblem_OnlyLaterDeployments_HasNoSuspect()
    {
        var problem = TestData.Problem("P-903", "ERROR", Start);

        var trace = DeploymentTracer.TraceProblem(problem, [TestData.Deployment("a-1", TestData.Service1, Start.AddSeconds(1), "1.4.2")]);

        Assert.Null(trace.Suspect);
        Assert.Null(Assert.Single(trace.Entities).LatestDeployment);
    }

    [Fact]
    public void EntityIds_RootCauseFirstWithoutDuplicates()
    {
        var problem = TestData.Problem("P-904", "ERROR", Start, rootCause: TestData.Service2, affected: [TestData.Service1, TestData.Service2]);

        Assert.Equal([TestData.Service2.Id, TestData.Service1.Id], DeploymentTracer.EntityIds(problem));
    }
}
