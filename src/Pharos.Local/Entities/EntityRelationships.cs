namespace Pharos.Local.Entities;

/// <summary>
/// An entity's outgoing relationships (Dynatrace's <c>fromRelationships</c>, e.g. a process group instance
/// <c>isProcessOf</c> its host), and which of them make a parent for the metric selector's <c>:parents</c>.
/// The entity store has no relationship column, so relationships travel inside the stored properties under
/// <see cref="PropertyPrefix"/>; <see cref="EntityJson"/> moves them back to <c>fromRelationships</c> and keeps
/// them out of <c>properties</c>.
/// </summary>
public static class EntityRelationships
{
    public const string PropertyPrefix = "fromRelationships.";

    /// <summary>Parent type by child type, as the metric selector's <c>:parents</c> knows them (Dynatrace docs).</summary>
    public static IReadOnlyDictionary<string, string> ParentTypes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [EntityTypes.ProcessGroupInstance] = EntityTypes.Host, // isProcessOf
        [EntityTypes.ServiceMethod] = EntityTypes.Service,     // isServiceMethodOfService
        [EntityTypes.Disk] = EntityTypes.Host,                 // isDiskOf
    };

    /// <summary>The relationships stored on <paramref name="entity"/>, by relationship name, target ids in order.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Of(LocalEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.Properties
            .Where(p => p.Key.StartsWith(PropertyPrefix, StringComparison.Ordinal))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(p => p.Key[PropertyPrefix.Length..], p => (IReadOnlyList<string>)p.Value.Split(','), StringComparer.Ordinal);
    }

    /// <summary>The entity's own properties, without the stored relationships.</summary>
    public static IEnumerable<KeyValuePair<string, string>> PlainProperties(LocalEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.Properties.Where(p => !p.Key.StartsWith(PropertyPrefix, StringComparison.Ordinal));
    }

    /// <summary>The id of the entity's parent (the first related entity of its parent type), or null.</summary>
    public static string? ParentOf(LocalEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return ParentTypes.TryGetValue(entity.Type, out var parentType)
            ? Of(entity).Values.SelectMany(ids => ids).FirstOrDefault(id => EntityTypes.TypeOfId(id) == parentType)
            : null;
    }

    /// <summary>
    /// Properties to store for a registration: its properties plus its relationships. Throws on a property that
    /// uses the reserved prefix or a relationship target that is not an entity id (programming errors).
    /// </summary>
    internal static Dictionary<string, string> ToStoredProperties(EntityRegistration registration)
    {
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in registration.Properties)
        {
            if (key.StartsWith(PropertyPrefix, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Expected a property name not starting with '{PropertyPrefix}' (reserved for relationships; use FromRelationships). Actual value: '{key}'.", nameof(registration));
            }

            stored[key] = value;
        }

        foreach (var (name, targets) in registration.FromRelationships)
        {
            if (string.IsNullOrWhiteSpace(name) || targets.Count == 0 || targets.Any(t => EntityTypes.TypeOfId(t) is null || t.Contains(',', StringComparison.Ordinal)))
            {
                throw new ArgumentException(
                    $"Expected a relationship name and at least one target entity id such as HOST-D3A3C5A146830A79. Actual value: '{name}' → [{string.Join(", ", targets)}].", nameof(registration));
            }

            stored[PropertyPrefix + name] = string.Join(',', targets);
        }

        return stored;
    }
}
