namespace Pharos.Gates.Decisions;

public enum GateKind
{
    PreDeploy,
    PostDeploy,
    Canary,
    Slo,
}

public static class GateKindFacts
{
    /// <summary>The CLI verb: <c>pre-deploy</c>, <c>post-deploy</c>, <c>canary</c>, <c>slo</c>.</summary>
    public static string Name(this GateKind kind) => kind switch
    {
        GateKind.PreDeploy => "pre-deploy",
        GateKind.PostDeploy => "post-deploy",
        GateKind.Canary => "canary",
        GateKind.Slo => "slo",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
