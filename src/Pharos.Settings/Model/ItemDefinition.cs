namespace Pharos.Settings.Model;

/// <summary>The <c>items</c> of a list or set property.</summary>
internal sealed record ItemDefinition(PropertyType Type, IReadOnlyList<SchemaConstraint> Constraints)
{
    public string? SubType { get; init; }
    public string? ReferencedType { get; init; }
}
