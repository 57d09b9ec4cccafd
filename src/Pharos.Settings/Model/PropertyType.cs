namespace Pharos.Settings.Model;

/// <summary>
/// A property's type. <see cref="Name"/> is the schema spelling (<c>text</c>, <c>set</c>…) or, for
/// <see cref="PropertyTypeKind.Enum"/> and <see cref="PropertyTypeKind.Complex"/>, the referenced name.
/// </summary>
internal sealed record PropertyType(PropertyTypeKind Kind, string Name)
{
    public bool IsCollection => Kind is PropertyTypeKind.List or PropertyTypeKind.Set;

    /// <summary>The word used in "Must be of type …" messages.</summary>
    public string MessageName => Kind switch
    {
        PropertyTypeKind.Complex => "object",
        PropertyTypeKind.Enum => "enum",
        _ => Name,
    };
}
