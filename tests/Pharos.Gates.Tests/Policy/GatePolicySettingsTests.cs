using Pharos.Gates.Decisions;
using Pharos.Gates.Evaluation;
using Pharos.Gates.Policy;
using Pharos.Gates.Tests.TestSupport;

namespace Pharos.Gates.Tests.Policy;

public class GatePolicySettingsTests
{
    [Fact]
    public void For_PreDeploy_ListsItsSettingsAndWarningsPassWithDefaultSources()
    {
        var settings = GatePolicySettings.For(GateKind.PreDeploy, GatePolicy.Default);

        Assert.Equal(
            [
                new PolicySetting("preDeploy.lookback", "30m", "default (seed 002)"),
                new PolicySetting("preDeploy.blockingSeverities", "[AVAILABILITY, ERROR]", "default (seed 002)"),
                new PolicySetting("preDeploy.warningSeverities", "[PERFORMANCE, RESOURCE_CONTENTION]", "default (seed 002)"),
                new PolicySetting("warningsPass", "false", "default (seed 002)"),
            ],
            settings);
    }

    [Fact]
    public async Task Decision_CarriesThePolicyItDecidedWithAndWhereEachValueCameFrom()
    {
        var policy = GatePolicy.Default with
        {
            PreDeploy = new PreDeployPolicy { Lookback = TimeSpan.FromMinutes(45) },
            Sources = new Dictionary<string, string> { ["preDeploy.lookback"] = "profile api gates (catalog/monitoring-profiles.yaml:8:19)" },
        };

        var decision = await PreDeployGate.EvaluateAsync(new FakeDataSource(), TestData.Target, policy, TestData.Context(), CancellationToken.None);

        Assert.Equal(new PolicySetting("preDeploy.lookback", "45m", "profile api gates (catalog/monitoring-profiles.yaml:8:19)"), decision.Policy[0]);
        Assert.Equal(TimeSpan.FromMinutes(45), decision.Window!.To - decision.Window.From);
    }
}
