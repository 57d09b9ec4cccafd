using System.Globalization;

namespace Pharos.Settings.Validation;

/// <summary>
/// The only place constraint violations are created. Wording follows what Dynatrace returns where
/// a real response is known (see docs/settings-validation.md, "Messages"); a schema's
/// <c>customMessage</c> always wins, as it does in Dynatrace.
/// </summary>
internal static class SettingsViolations
{
    public static ConstraintViolation SchemaNotFound(string path, string schemaId) =>
        Create(SettingsViolationCodes.SchemaNotFound, path, $"Schema '{schemaId}' not found");

    public static ConstraintViolation ScopeNotAllowed(string path, string scope, string schemaId, IReadOnlyList<string> allowed) =>
        Create(SettingsViolationCodes.ScopeNotAllowed, path,
            $"Scope '{scope}' is not valid for schema '{schemaId}'; allowed scope types are [{string.Join(", ", allowed)}]");

    public static ConstraintViolation UnknownProperty(string path) =>
        Create(SettingsViolationCodes.UnknownProperty, path, "Unknown property");

    public static ConstraintViolation MissingValue(string path) =>
        Create(SettingsViolationCodes.MissingValue, path, "Must not be null");

    public static ConstraintViolation TypeMismatch(string path, string typeName) =>
        Create(SettingsViolationCodes.TypeMismatch, path, $"Must be of type {typeName}");

    public static ConstraintViolation NotInEnum(string path, string value, IReadOnlyList<string> allowed) =>
        Create(SettingsViolationCodes.NotInEnum, path, $"'{value}' must be any of [{string.Join(", ", allowed)}]");

    public static ConstraintViolation Length(string path, long? min, long? max, string? customMessage) =>
        Create(SettingsViolationCodes.Length, path,
            customMessage ?? $"Size must be between {min ?? 0} and {(max ?? int.MaxValue).ToString(CultureInfo.InvariantCulture)}");

    public static ConstraintViolation Range(string path, string? min, string? max, string? customMessage) =>
        Create(SettingsViolationCodes.Range, path, customMessage ?? (min, max) switch
        {
            ({ } low, { } high) => $"Must be between {low} and {high}",
            ({ } low, null) => $"Must be greater than or equal to {low}",
            (null, { } high) => $"Must be less than or equal to {high}",
            _ => "Out of range",
        });

    public static ConstraintViolation Pattern(string path, string pattern, string? customMessage) =>
        Create(SettingsViolationCodes.Pattern, path, customMessage ?? $"Must match \"{pattern}\"");

    public static ConstraintViolation NotBlank(string path, string? customMessage) =>
        Create(SettingsViolationCodes.NotBlank, path, customMessage ?? "Must not be blank");

    public static ConstraintViolation Trimmed(string path, string? customMessage) =>
        Create(SettingsViolationCodes.Trimmed, path, customMessage ?? "Leading and trailing whitespaces are not allowed.");

    public static ConstraintViolation NoWhitespace(string path, string? customMessage) =>
        Create(SettingsViolationCodes.NoWhitespace, path, customMessage ?? "Must not contain whitespace");

    public static ConstraintViolation CollectionSize(string path, int min, int? max) =>
        Create(SettingsViolationCodes.CollectionSize, path,
            $"Size must be between {min} and {(max ?? int.MaxValue).ToString(CultureInfo.InvariantCulture)}");

    public static ConstraintViolation NotUniqueItems(string path, IReadOnlyList<string> uniqueProperties, string? customMessage) =>
        Create(SettingsViolationCodes.NotUniqueItems, path, customMessage ?? (uniqueProperties.Count == 0
            ? "Items must be unique"
            : $"Items must be unique in [{string.Join(", ", uniqueProperties)}]"));

    public static ConstraintViolation PreconditionNotMet(string path) =>
        Create(SettingsViolationCodes.PreconditionNotMet, path, "Must be null");

    public static ConstraintViolation Comparison(string path, string left, string relation, string right, string? customMessage) =>
        Create(SettingsViolationCodes.Comparison, path, customMessage ?? $"'{left}' must be {relation} '{right}'");

    public static ConstraintViolation PropertyCount(string path, IReadOnlyList<string> properties, int? min, int? max, string? customMessage) =>
        Create(SettingsViolationCodes.PropertyCount, path, customMessage ??
            $"Between {min ?? 0} and {(max ?? properties.Count).ToString(CultureInfo.InvariantCulture)} of [{string.Join(", ", properties)}] must be set");

    public static ConstraintViolation NotUniqueAcrossObjects(string path, IReadOnlyList<string> uniqueProperties, string? customMessage) =>
        Create(SettingsViolationCodes.NotUniqueAcrossObjects, path, customMessage ??
            $"Another settings object with the same [{string.Join(", ", uniqueProperties)}] already exists in this scope");

    public static ConstraintViolation MaxObjectsReached(string path, string schemaId, string scope, int maxObjects) =>
        Create(SettingsViolationCodes.MaxObjectsReached, path,
            $"Schema '{schemaId}' allows at most {maxObjects.ToString(CultureInfo.InvariantCulture)} objects in scope '{scope}'");

    public static ConstraintViolation ReferenceNotFound(string path, string objectId) =>
        Create(SettingsViolationCodes.ReferenceNotFound, path, $"Referenced settings object '{objectId}' not found");

    public static ConstraintViolation ReferenceWrongSchema(string path, string expectedSchemaId, string actualSchemaId) =>
        Create(SettingsViolationCodes.ReferenceWrongSchema, path,
            $"Must reference a settings object of schema '{expectedSchemaId}', not '{actualSchemaId}'");

    public static ConstraintViolation NotModifiable(string path) =>
        Create(SettingsViolationCodes.NotModifiable, path, "Value cannot be modified after creation");

    public static ConstraintViolation CustomValidator(string path, string message) =>
        Create(SettingsViolationCodes.CustomValidator, path, message);

    public static string Child(string path, string segment) => path.Length == 0 ? segment : $"{path}/{segment}";

    public static string Child(string path, int index) => Child(path, index.ToString(CultureInfo.InvariantCulture));

    private static ConstraintViolation Create(string code, string path, string message) =>
        new(path, message, ConstraintViolation.PayloadBody, null) { Code = code };
}
