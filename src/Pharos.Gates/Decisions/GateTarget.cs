namespace Pharos.Gates.Decisions;

/// <summary>
/// What a gate looks at: one catalog service in one environment, and the entity selector that finds
/// its entities (the CLI builds it with the same scope sync uses, e.g.
/// <c>type(SERVICE),tag("[Kubernetes]app:payment-processor"),tag("[Kubernetes]cost.environment:prod")</c>).
/// </summary>
public sealed record GateTarget(string Service, string Environment, string EntitySelector)
{
    public override string ToString() => $"{Service} ({Environment})";
}
