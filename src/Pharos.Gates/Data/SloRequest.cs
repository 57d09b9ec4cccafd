namespace Pharos.Gates.Data;

/// <summary>
/// <c>GET /api/v2/slo?evaluate=true&amp;timeFrame=CURRENT</c>: the SLOs matching
/// <see cref="SloSelector"/>, each evaluated over its own window. The adapter reads all pages.
/// </summary>
public sealed record SloRequest(string SloSelector)
{
    public string Describe() => RequestText.Get(
        "/api/v2/slo",
        ("sloSelector", SloSelector),
        ("timeFrame", "CURRENT"),
        ("evaluate", "true"));

    public override string ToString() => Describe();
}
