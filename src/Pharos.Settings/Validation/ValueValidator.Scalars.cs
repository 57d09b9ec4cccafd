using System.Text.Json;
using Pharos.Settings.Model;

namespace Pharos.Settings.Validation;

internal sealed partial class ValueValidator
{
    private void ValidateSingle(PropertyType type, IReadOnlyList<SchemaConstraint> constraints, string? referencedType, JsonElement value, string path)
    {
        switch (type.Kind)
        {
            case PropertyTypeKind.Text or PropertyTypeKind.Secret:
                if (value.ValueKind == JsonValueKind.String)
                {
                    CheckText(constraints, value.GetString()!, path);
                }
                else
                {
                    _violations.Add(SettingsViolations.TypeMismatch(path, type.Name));
                }

                break;
            case PropertyTypeKind.Boolean:
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    _violations.Add(SettingsViolations.TypeMismatch(path, type.Name));
                }

                break;
            case PropertyTypeKind.Integer or PropertyTypeKind.Float:
                if (TryGetNumber(type.Kind, value) is { } number)
                {
                    CheckRange(constraints, number, path);
                }
                else
                {
                    _violations.Add(SettingsViolations.TypeMismatch(path, type.Name));
                }

                break;
            case PropertyTypeKind.Setting:
                ValidateReference(referencedType, value, path);
                break;
            case PropertyTypeKind.LocalDate or PropertyTypeKind.LocalTime or PropertyTypeKind.LocalDateTime
                or PropertyTypeKind.ZonedDateTime or PropertyTypeKind.TimeZone:
                if (value.ValueKind != JsonValueKind.String || !TemporalValues.IsValid(type.Kind, value.GetString()!))
                {
                    _violations.Add(SettingsViolations.TypeMismatch(path, type.Name));
                }

                break;
            case PropertyTypeKind.Enum:
                ValidateEnum(type, value, path);
                break;
            case PropertyTypeKind.Complex:
                if (_schema.ResolveComplex(type) is { } complex)
                {
                    ValidateObject(complex, value, path);
                }

                break;
            default:
                // Unknown type (reported when the schema was loaded): accept the value unchecked.
                break;
        }
    }

    /// <summary>
    /// A finite JSON number; for <c>integer</c> also integral and within 64 bits. <c>5.0</c> is accepted
    /// as the integer 5, <c>5.5</c> is not (Jackson would truncate it silently; we refuse instead).
    /// </summary>
    internal static double? TryGetNumber(PropertyTypeKind kind, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            return null;
        }

        if (value.TryGetInt64(out var integer))
        {
            return integer;
        }

        if (!value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            return null;
        }

        var integral = number == Math.Floor(number) && Math.Abs(number) <= long.MaxValue;
        return kind == PropertyTypeKind.Float || integral ? number : null;
    }

    private void ValidateEnum(PropertyType type, JsonElement value, string path)
    {
        if (_schema.ResolveEnum(type) is not { } values)
        {
            return;
        }

        if (value.ValueKind == JsonValueKind.String && values.Contains(value.GetString()!))
        {
            return;
        }

        var shown = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        _violations.Add(SettingsViolations.NotInEnum(path, shown, values.Values));
    }

    private void ValidateReference(string? referencedType, JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.String || !SettingReference.IsWellFormed(value.GetString()!))
        {
            _violations.Add(SettingsViolations.TypeMismatch(path, "setting"));
            return;
        }

        // Existence is only checked when the caller knows the objects (the local server does; offline
        // pre-validation does not), and the all-zero UUID default stands for "the default object".
        var objectId = value.GetString()!;
        if (_knownObjects is null || objectId == Guid.Empty.ToString())
        {
            return;
        }

        if (!_knownObjects.TryGetValue(objectId, out var actualSchema))
        {
            _violations.Add(SettingsViolations.ReferenceNotFound(path, objectId));
        }
        else if (referencedType is not null && referencedType.Contains(':', StringComparison.Ordinal) && actualSchema != referencedType)
        {
            _violations.Add(SettingsViolations.ReferenceWrongSchema(path, referencedType, actualSchema));
        }
    }

    private void CheckText(IReadOnlyList<SchemaConstraint> constraints, string text, string path)
    {
        foreach (var constraint in constraints)
        {
            switch (constraint.Type)
            {
                case "LENGTH" when (constraint.MinLength is { } min && text.Length < min) || (constraint.MaxLength is { } max && text.Length > max):
                    _violations.Add(SettingsViolations.Length(path, constraint.MinLength, constraint.MaxLength, constraint.CustomMessage));
                    break;
                case "NOT_BLANK" when string.IsNullOrWhiteSpace(text):
                    _violations.Add(SettingsViolations.NotBlank(path, constraint.CustomMessage));
                    break;
                case "TRIMMED" when text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])):
                    _violations.Add(SettingsViolations.Trimmed(path, constraint.CustomMessage));
                    break;
                case "NO_WHITESPACE" when text.Any(char.IsWhiteSpace):
                    _violations.Add(SettingsViolations.NoWhitespace(path, constraint.CustomMessage));
                    break;
                case "PATTERN" when constraint.CompiledPattern is { } regex && !SchemaRegex.IsFullMatch(regex, text):
                    _violations.Add(SettingsViolations.Pattern(path, constraint.Pattern!, constraint.CustomMessage));
                    break;
            }
        }
    }

    private void CheckRange(IReadOnlyList<SchemaConstraint> constraints, double number, string path)
    {
        foreach (var constraint in constraints)
        {
            if (constraint.Type == "RANGE" && ((constraint.Minimum is { } min && number < min) || (constraint.Maximum is { } max && number > max)))
            {
                _violations.Add(SettingsViolations.Range(path, constraint.MinimumText, constraint.MaximumText, constraint.CustomMessage));
            }
        }
    }
}
