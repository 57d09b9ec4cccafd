using System.Text.Json;
using Pharos.Settings.Validation;

namespace Pharos.Settings;

/// <summary>
/// Validates Settings 2.0 values the way Dynatrace does and reports violations in the API's shape.
/// Every method collects all violations and never throws on any input. What is and is not enforced
/// is listed in docs/settings-validation.md.
/// </summary>
public sealed class SettingsValidator
{
    private readonly SettingsSchemaRegistry _registry;

    public SettingsValidator(SettingsSchemaRegistry registry)
    {
        _registry = registry;
    }

    /// <summary>Checks scope and value of one object (one element of a POST body, or a PUT body).</summary>
    public IReadOnlyList<ConstraintViolation> Validate(string schemaId, string scope, JsonElement value, SettingsValidationOptions? options = null)
    {
        options ??= new SettingsValidationOptions();
        var prefix = options.PrefixFor(schemaId);
        if (!_registry.TryGetSchema(schemaId ?? "", out var schema))
        {
            return [SettingsViolations.SchemaNotFound(prefix, schemaId ?? "")];
        }

        var violations = new List<ConstraintViolation>();
        CheckScope(schema, scope ?? "", prefix, violations);
        new ValueValidator(schema, options.KnownObjects, violations).ValidateObject(schema.Root, value, prefix);
        return violations;
    }

    public IReadOnlyList<ConstraintViolation> Validate(string schemaId, string scope, JsonElement value, int index) =>
        Validate(schemaId, scope, value, new SettingsValidationOptions { Index = index });

    /// <summary>Only the scope: allowed scope types of the schema, and scope-based schema rules.</summary>
    public IReadOnlyList<ConstraintViolation> ValidateScope(string schemaId, string scope, SettingsValidationOptions? options = null)
    {
        var prefix = (options ?? new SettingsValidationOptions()).PrefixFor(schemaId);
        if (!_registry.TryGetSchema(schemaId ?? "", out var schema))
        {
            return [SettingsViolations.SchemaNotFound(prefix, schemaId ?? "")];
        }

        var violations = new List<ConstraintViolation>();
        CheckScope(schema, scope ?? "", prefix, violations);
        return violations;
    }

    /// <summary>
    /// Schema-level UNIQUE constraints: <paramref name="candidate"/> against the other objects of the
    /// same schema and scope (exclude the object being updated; include earlier objects of the same
    /// batch). Reported on the first unique property with the schema's custom message.
    /// </summary>
    public IReadOnlyList<ConstraintViolation> CheckUniqueness(string schemaId, JsonElement candidate, IEnumerable<JsonElement> otherObjectsInScope, SettingsValidationOptions? options = null)
    {
        if (!_registry.TryGetSchema(schemaId ?? "", out var schema) || candidate.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var prefix = (options ?? new SettingsValidationOptions()).PrefixFor(schemaId!);
        // Read the other objects only when a constraint applies: callers may pass a lazily parsed sequence,
        // and most schemas have no UNIQUE constraint, so creating many objects stays linear.
        List<JsonElement>? others = null;
        var violations = new List<ConstraintViolation>();
        foreach (var constraint in schema.SchemaConstraints.Where(c => c.Type == "UNIQUE" && c.UniqueProperties.Count > 0))
        {
            if (constraint.UniqueProperties.All(p => UniquenessKey.Resolve(candidate, p) is null or { ValueKind: JsonValueKind.Null }))
            {
                continue;
            }

            var key = UniquenessKey.Of(candidate, constraint.UniqueProperties);
            others ??= [.. otherObjectsInScope.Where(o => o.ValueKind == JsonValueKind.Object)];
            if (others.Any(other => UniquenessKey.Of(other, constraint.UniqueProperties) == key))
            {
                violations.Add(SettingsViolations.NotUniqueAcrossObjects(
                    SettingsViolations.Child(prefix, constraint.UniqueProperties[0]), constraint.UniqueProperties, constraint.CustomMessage));
            }
        }

        return violations;
    }

    /// <summary>
    /// <c>maxObjects</c>: may one more object be created in a scope that already holds
    /// <paramref name="existingObjectsInScope"/>? Single-object schemas allow one.
    /// </summary>
    public IReadOnlyList<ConstraintViolation> CheckObjectCount(string schemaId, string scope, int existingObjectsInScope, SettingsValidationOptions? options = null)
    {
        if (!_registry.TryGetSchema(schemaId ?? "", out var schema))
        {
            return [];
        }

        var max = schema.MultiObject ? schema.MaxObjects : 1;
        return existingObjectsInScope + 1 > max
            ? [SettingsViolations.MaxObjectsReached((options ?? new SettingsValidationOptions()).PrefixFor(schemaId!), schemaId!, scope ?? "", max)]
            : [];
    }

    /// <summary>On update: properties with <c>modificationPolicy: NEVER</c> must keep their value.</summary>
    public IReadOnlyList<ConstraintViolation> CheckModification(string schemaId, JsonElement previous, JsonElement candidate, SettingsValidationOptions? options = null)
    {
        if (!_registry.TryGetSchema(schemaId ?? "", out var schema))
        {
            return [];
        }

        var violations = new List<ConstraintViolation>();
        ModificationChecker.Check(schema, schema.Root, previous, candidate, (options ?? new SettingsValidationOptions()).PrefixFor(schemaId!), violations);
        return violations;
    }

    private static void CheckScope(SettingsSchema schema, string scope, string prefix, List<ConstraintViolation> violations)
    {
        if (!ScopeRules.IsAllowed(schema.AllowedScopes, scope))
        {
            violations.Add(SettingsViolations.ScopeNotAllowed(prefix, scope, schema.SchemaId, schema.AllowedScopes));
            return;
        }

        KnownCustomValidators.CheckScope(schema, scope, prefix, violations);
    }
}
