namespace Pharos.Gates.Data;

/// <summary>
/// <c>GET /api/v2/problems</c>: every problem active at some point in [<see cref="From"/>,
/// <see cref="To"/>] that matches both selectors. The adapter reads all pages.
/// </summary>
public sealed record ProblemRequest(string? ProblemSelector, string? EntitySelector, DateTimeOffset From, DateTimeOffset To)
{
    public string Describe() => RequestText.Get(
        "/api/v2/problems",
        ("problemSelector", ProblemSelector),
        ("entitySelector", EntitySelector),
        ("from", RequestText.Time(From)),
        ("to", RequestText.Time(To)));

    public override string ToString() => Describe();
}
