namespace Pharos.Dynatrace.Common;

/// <summary><c>{"entityId":{"id":"HOST-…","type":"HOST"},"name":"…"}</c>, as events and problems embed entities.</summary>
public sealed record EntityStub
{
    public EntityIdentity? EntityId { get; init; }

    public string? Name { get; init; }
}

public sealed record EntityIdentity
{
    public string? Id { get; init; }

    public string? Type { get; init; }
}
