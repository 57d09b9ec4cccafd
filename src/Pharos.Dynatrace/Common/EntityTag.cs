namespace Pharos.Dynatrace.Common;

/// <summary>A tag on a monitored entity (the API's <c>METag</c>), e.g. <c>[Environment]team:checkout</c>.</summary>
public sealed record EntityTag
{
    public string? Context { get; init; }

    public string? Key { get; init; }

    public string? Value { get; init; }

    public string? StringRepresentation { get; init; }
}
