using System.Text.Json;

namespace Pharos.Settings.Model;

/// <summary>One property of a schema or of a complex type.</summary>
internal sealed record SchemaProperty(string Name, PropertyType Type)
{
    public string DisplayName { get; init; } = "";
    public bool Nullable { get; init; }
    public JsonElement? Default { get; init; }
    public IReadOnlyList<SchemaConstraint> Constraints { get; init; } = [];
    public Precondition? Precondition { get; init; }

    /// <summary>Element definition; set only for list and set properties.</summary>
    public ItemDefinition? Items { get; init; }
    public int MinObjects { get; init; }
    public int? MaxObjects { get; init; }
    public string? SubType { get; init; }
    public string? ReferencedType { get; init; }

    /// <summary><c>DEFAULT</c>, or <c>NEVER</c> for properties that cannot change after creation.</summary>
    public string ModificationPolicy { get; init; } = "DEFAULT";
}
