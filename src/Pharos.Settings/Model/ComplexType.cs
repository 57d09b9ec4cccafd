namespace Pharos.Settings.Model;

/// <summary>
/// A set of properties with container constraints: an entry of <c>types</c>, or the schema root
/// (whose <see cref="Name"/> is empty).
/// </summary>
internal sealed record ComplexType(string Name, IReadOnlyList<SchemaProperty> Properties)
{
    public IReadOnlyList<SchemaConstraint> Constraints { get; init; } = [];
    public string SummaryPattern { get; init; } = "";

    public SchemaProperty? Find(string propertyName)
    {
        foreach (var property in Properties)
        {
            if (string.Equals(property.Name, propertyName, StringComparison.Ordinal))
            {
                return property;
            }
        }

        return null;
    }
}
