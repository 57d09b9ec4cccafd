using Pharos.Gates.Decisions;

namespace Pharos.Gates.Tests.Decisions;

public class GateExitCodesTests
{
    [Theory]
    [InlineData(Outcome.Info, false, 0)]
    [InlineData(Outcome.Pass, false, 0)]
    [InlineData(Outcome.Fail, false, 1)]
    [InlineData(Outcome.Warning, false, 2)]
    [InlineData(Outcome.Warning, true, 0)]
    [InlineData(Outcome.Inconclusive, false, 3)]
    [InlineData(Outcome.Inconclusive, true, 3)]
    [InlineData(Outcome.Error, false, 4)]
    [InlineData(Outcome.Fail, true, 1)]
    public void For_Outcome_MapsToTheDocumentedExitCode(Outcome outcome, bool warningsPass, int expected)
    {
        Assert.Equal(expected, GateExitCodes.For(outcome, warningsPass));
    }

    [Fact]
    public void Worst_FailOutranksErrorWhichOutranksInconclusiveAndWarning()
    {
        Assert.Equal(Outcome.Fail, OutcomeFacts.Worst([Outcome.Error, Outcome.Fail, Outcome.Pass]));
        Assert.Equal(Outcome.Error, OutcomeFacts.Worst([Outcome.Inconclusive, Outcome.Error]));
        Assert.Equal(Outcome.Inconclusive, OutcomeFacts.Worst([Outcome.Warning, Outcome.Inconclusive]));
        Assert.Equal(Outcome.Pass, OutcomeFacts.Worst([Outcome.Info]));
        Assert.Equal(Outcome.Pass, OutcomeFacts.Worst([]));
    }

    [Theory]
    [InlineData(GateKind.PreDeploy, Outcome.Fail, "BLOCK")]
    [InlineData(GateKind.PreDeploy, Outcome.Warning, "WARN")]
    [InlineData(GateKind.PreDeploy, Outcome.Pass, "PROCEED")]
    [InlineData(GateKind.PostDeploy, Outcome.Fail, "FAILED")]
    [InlineData(GateKind.PostDeploy, Outcome.Warning, "DEGRADED")]
    [InlineData(GateKind.PostDeploy, Outcome.Pass, "HEALTHY")]
    [InlineData(GateKind.Canary, Outcome.Fail, "ROLLBACK")]
    [InlineData(GateKind.Canary, Outcome.Inconclusive, "INCONCLUSIVE")]
    [InlineData(GateKind.Canary, Outcome.Pass, "PROMOTE")]
    [InlineData(GateKind.Slo, Outcome.Fail, "FAIL")]
    [InlineData(GateKind.Slo, Outcome.Error, "ERROR")]
    public void Verdict_UsesTheGatesOwnWords(GateKind gate, Outcome outcome, string verdict)
    {
        Assert.Equal(verdict, Verdicts.For(gate, outcome));
    }
}
