namespace Pharos.Gates.Policy;

/// <summary>
/// Gate policy as code. Every default comes from seed 002 ("Deployment Health Gates") unless its
/// comment says otherwise; the catalog overrides it per service or monitoring profile with
/// <c>with</c>-expressions, and <see cref="GatePolicyValidator"/> checks the result.
/// </summary>
public sealed record GatePolicy
{
    public PreDeployPolicy PreDeploy { get; init; } = new();

    public PostDeployPolicy PostDeploy { get; init; } = new();

    public CanaryPolicy Canary { get; init; } = new();

    public SloPolicy Slo { get; init; } = new();

    /// <summary>When true a WARNING decision exits 0 instead of 2 (e.g. <c>--warnings-pass</c>).</summary>
    public bool WarningsPass { get; init; }

    /// <summary>
    /// Where each overridden setting came from, keyed by its catalog name (<c>preDeploy.lookback</c>):
    /// a CLI flag, or a catalog layer and position. Settings not listed are the seed-002 defaults.
    /// </summary>
    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>A fresh default policy (records are immutable, so sharing one would also be safe).</summary>
    public static GatePolicy Default => new();
}
