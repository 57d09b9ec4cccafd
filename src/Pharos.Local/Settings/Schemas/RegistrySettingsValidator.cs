using Pharos.Settings;
using LocalViolation = Pharos.Local.Http.ConstraintViolation;
using SettingsViolation = Pharos.Settings.ConstraintViolation;

namespace Pharos.Local.Settings.Schemas;

/// <summary>
/// Validates values with Pharos.Settings' <see cref="SettingsValidator"/>: the value against its schema,
/// schema-level UNIQUE constraints against the siblings the server passes, <c>setting</c> references
/// against the objects the server resolved, and <c>modificationPolicy: NEVER</c> against the previous
/// value on update. Paths are value-relative (the server adds <c>&lt;schemaId&gt;/&lt;index&gt;</c>).
/// Values of schemas the registry does not know are accepted: the schema provider decides which schemas exist.
/// </summary>
internal sealed class RegistrySettingsValidator : ISettingsValidator
{
    private readonly SettingsSchemaRegistry _registry;
    private readonly SettingsValidator _validator;

    public RegistrySettingsValidator(SettingsSchemaRegistry registry)
    {
        _registry = registry ?? throw new ArgumentNullException(nameof(registry));
        _validator = new SettingsValidator(registry);
    }

    public IReadOnlyList<LocalViolation> Validate(SettingsValidationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var schemaId = request.Schema.SchemaId;
        if (!_registry.TryGetSchema(schemaId, out _))
        {
            return [];
        }

        var options = new SettingsValidationOptions { PathPrefix = "", KnownObjects = request.ReferencedObjects };
        var violations = new List<SettingsViolation>();
        violations.AddRange(_validator.Validate(schemaId, request.Scope, request.Value, options));
        violations.AddRange(_validator.CheckUniqueness(schemaId, request.Value, request.Siblings.Select(s => s.Value), options));
        if (request.PreviousValue is { } previous)
        {
            violations.AddRange(_validator.CheckModification(schemaId, previous, request.Value, options));
        }

        return violations.Select(v => new LocalViolation(v.Path, v.Message, v.ParameterLocation, v.Location)).ToList();
    }
}
