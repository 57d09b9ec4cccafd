namespace Pharos.Gates.Decisions;

/// <summary>Each gate's word for an outcome, as seed 002 names them.</summary>
public static class Verdicts
{
    public static string For(GateKind gate, Outcome outcome) => (gate, outcome) switch
    {
        (_, Outcome.Error) => "ERROR",
        (_, Outcome.Inconclusive) => "INCONCLUSIVE",
        (GateKind.PreDeploy, Outcome.Fail) => "BLOCK",
        (GateKind.PreDeploy, Outcome.Warning) => "WARN",
        (GateKind.PreDeploy, _) => "PROCEED",
        (GateKind.PostDeploy, Outcome.Fail) => "FAILED",
        (GateKind.PostDeploy, Outcome.Warning) => "DEGRADED",
        (GateKind.PostDeploy, _) => "HEALTHY",
        (GateKind.Canary, Outcome.Fail) => "ROLLBACK",
        (GateKind.Canary, _) => "PROMOTE",
        (GateKind.Slo, Outcome.Fail) => "FAIL",
        (GateKind.Slo, Outcome.Warning) => "WARN",
        (GateKind.Slo, _) => "PASS",
        _ => throw new ArgumentOutOfRangeException(nameof(gate), gate, null),
    };
}
