namespace Pharos.Gates.Data;

/// <summary><c>GET /api/v2/events</c>, all pages. <see cref="EventSelector"/> e.g. <c>eventType("CUSTOM_DEPLOYMENT")</c>.</summary>
public sealed record EventRequest(string? EventSelector, string? EntitySelector, DateTimeOffset From, DateTimeOffset To)
{
    public string Describe() => RequestText.Get(
        "/api/v2/events",
        ("eventSelector", EventSelector),
        ("entitySelector", EntitySelector),
        ("from", RequestText.Time(From)),
        ("to", RequestText.Time(To)));

    public override string ToString() => Describe();
}
