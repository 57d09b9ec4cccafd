using Pharos.Gates.Tests.TestSupport;
using Pharos.Gates.Traceability;

namespace Pharos.Gates.Tests.Traceability;

public class DeploymentHistoryTests
{
    [Fact]
    public void Attribute_EachProblemGoesToTheLatestDeploymentBeforeIt()
    {
        var t = TestData.Now;

        var history = DeploymentHistory.Attribute(
            [
                TestData.Deployment("e-1", TestData.Service1, t.AddHours(-3), "1.4.0"),
                TestData.Deployment("e-2", TestData.Service1, t.AddHours(-2), "1.4.1"),
                TestData.Deployment("e-3", TestData.Service1, t.AddHours(-1), "1.4.2"),
            ],
            [
                TestData.Problem("P-before", "ERROR", t.AddHours(-4)),
                TestData.Problem("P-a", "ERROR", t.AddHours(-2).AddMinutes(10)),
                TestData.Problem("P-b", "PERFORMANCE", t.AddHours(-1).AddMinutes(5)),
                TestData.Problem("P-c", "ERROR", t.AddMinutes(-5)),
                TestData.Problem("P-dup", "ERROR", t.AddMinutes(-4), linkedTo: "x"),
                TestData.Problem("P-mw", "ERROR", t.AddMinutes(-3), underMaintenance: true),
            ]);

        Assert.Equal(["1.4.0", "1.4.1", "1.4.2"], history.Select(h => h.Deployment.Version));
        Assert.Empty(history[0].Problems);
        Assert.Equal(["P-a"], history[1].Problems.Select(p => p.DisplayId));
        Assert.Equal(["P-b", "P-c"], history[2].Problems.Select(p => p.DisplayId));
    }

    [Fact]
    public void Attribute_NoDeployments_IsEmpty()
    {
        Assert.Empty(DeploymentHistory.Attribute([], [TestData.Problem("P-1", "ERROR", TestData.Now)]));
    }
}
