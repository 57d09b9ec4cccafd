using Pharos.Gates.Data;
using Pharos.Gates.Tests.TestSupport;
using Pharos.Gates.Traceability;

namespace Pharos.Gates.Tests.Traceability;

public class DeploymentGroupingTests
{
    [Fact]
    public void Group_EventsOfOneIngest_BecomeOneDeploymentWithAllEntities()
    {
        var t = TestData.Now;

        var deployments = DeploymentGrouping.Group(
        [
            TestData.Deployment("e-2", TestData.Service2, t.AddSeconds(1), "1.4.2"),
            TestData.Deployment("e-1", TestData.Service1, t, "1.4.2"),
            TestData.Deployment("e-0", TestData.Service1, t.AddHours(-3), "1.4.1"),
        ]);

        Assert.Equal(2, deployments.Count);
        Assert.Equal("1.4.1", deployments[0].Version);
        var latest = deployments[1];
        Assert.Equal("1.4.2", latest.Version);
        Assert.Equal(t, latest.Time);
        Assert.Equal([TestData.Service1, TestData.Service2], latest.Entities);
        Assert.Equal(["e-1", "e-2"], latest.EventIds);
        Assert.Equal("142aaaaaaa", latest.Commit);
        Assert.Equal("https://github.com/bank/payments/actions/runs/142", latest.CiBackLink);
        Assert.Equal("prod", latest.Environment);
    }

    [Fact]
    public void Group_SameVersionDeployedAgainLater_IsASecondDeployment()
    {
        var deployments = DeploymentGrouping.Group(
        [
            TestData.Deployment("e-1", TestData.Service1, TestData.Now, "1.4.2"),
            TestData.Deployment("e-2", TestData.Service1, TestData.Now.AddMinutes(30), "1.4.2"),
        ]);

        Assert.Equal(2, deployments.Count);
    }

    [Fact]
    public void Group_OtherEventTypes_AreSkipped()
    {
        var info = new GateEvent { EventId = "i", EventType = "CUSTOM_INFO", StartTime = TestData.Now, Entity = TestData.Service1 };

        Assert.Empty(DeploymentGrouping.Group([info]));
    }
}
