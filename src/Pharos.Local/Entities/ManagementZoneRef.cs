namespace Pharos.Local.Entities;

/// <summary>A management zone an entity belongs to: <c>{id,name}</c> as in Dynatrace responses.</summary>
public sealed record ManagementZoneRef(string Id, string Name);
