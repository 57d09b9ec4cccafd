namespace Pharos.Gates.Data;

/// <summary>
/// An entity as problems and events embed it (<c>{"entityId":{"id":…,"type":…},"name":…}</c> in
/// the API), flattened.
/// </summary>
public sealed record GateEntity(string Id, string Type, string? Name = null)
{
    public override string ToString() => Name is null ? Id : $"{Name} ({Id})";
}
