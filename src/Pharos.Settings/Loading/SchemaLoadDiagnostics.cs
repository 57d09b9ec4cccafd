using Pharos.Core.Diagnostics;

namespace Pharos.Settings.Loading;

/// <summary>
/// The only place schema-loading diagnostics are created. Codes SET1xx are stable; the location is
/// the schema file (JSON has no useful line numbers once parsed, so the JSON path is in the message).
/// </summary>
internal static class SchemaLoadDiagnostics
{
    public const string InvalidJsonCode = "SET100";
    public const string MissingFieldCode = "SET101";
    public const string UnresolvedReferenceCode = "SET102";
    public const string InvalidPatternCode = "SET103";
    public const string UnknownPropertyTypeCode = "SET104";
    public const string UnknownConstraintTypeCode = "SET105";
    public const string UnknownPreconditionTypeCode = "SET106";
    public const string DuplicateSchemaIdCode = "SET107";

    public static Diagnostic InvalidJson(string source, string error, long? line, long? column) =>
        new(InvalidJsonCode, Severity.Error,
            $"Schema file '{source}' is not valid JSON ({error}). Replace it with the document returned by GET /api/v2/settings/schemas/{{schemaId}}.",
            new SourceLocation(source, (int)Math.Max(1, (line ?? 0) + 1), (int)Math.Max(1, (column ?? 0) + 1)));

    public static Diagnostic MissingField(string source, string jsonPath) =>
        new(MissingFieldCode, Severity.Error,
            $"Schema file '{source}' has no usable '{jsonPath}'; the schema is skipped. Add the field as Dynatrace serves it.",
            At(source));

    public static Diagnostic UnresolvedReference(string source, string jsonPath, string reference) =>
        new(UnresolvedReferenceCode, Severity.Error,
            $"'{jsonPath}' in '{source}' refers to '{reference}', which is not defined under 'types' or 'enums'. Values of this property are accepted unchecked; add the missing definition.",
            At(source));

    public static Diagnostic InvalidPattern(string source, string jsonPath, string pattern, string error) =>
        new(InvalidPatternCode, Severity.Error,
            $"Pattern '{pattern}' at '{jsonPath}' in '{source}' is not a valid regular expression ({error}); the constraint is not enforced. Fix the pattern.",
            At(source));

    public static Diagnostic UnknownPropertyType(string source, string jsonPath, string type) =>
        new(UnknownPropertyTypeCode, Severity.Warning,
            $"Property type '{type}' at '{jsonPath}' in '{source}' is not known to Pharos; its values are accepted unchecked. Teach Pharos.Settings the type or change the schema.",
            At(source));

    public static Diagnostic UnknownConstraintType(string source, string jsonPath, string type) =>
        new(UnknownConstraintTypeCode, Severity.Warning,
            $"Constraint type '{type}' at '{jsonPath}' in '{source}' is not known to Pharos and is not enforced. Document it in docs/settings-validation.md and implement it if it matters.",
            At(source));

    public static Diagnostic UnknownPreconditionType(string source, string jsonPath, string type) =>
        new(UnknownPreconditionTypeCode, Severity.Warning,
            $"Precondition type '{type}' at '{jsonPath}' in '{source}' is not known to Pharos; the property is validated when present but never required. Implement the precondition type.",
            At(source));

    public static Diagnostic DuplicateSchemaId(string source, string schemaId, string firstSource) =>
        new(DuplicateSchemaIdCode, Severity.Error,
            $"Schema '{schemaId}' in '{source}' was already loaded from '{firstSource}'; this copy is ignored. Keep one file per schema.",
            At(source));

    private static SourceLocation At(string source) => new(source, 1, 1);
}
