namespace Pharos.Dynatrace.Common;

/// <summary>A management zone as other objects reference it; the id is a numeric string.</summary>
public sealed record ManagementZoneRef
{
    public string? Id { get; init; }

    public string? Name { get; init; }
}
