using System.Text.Json;
using Pharos.Settings.Model;

namespace Pharos.Settings.Validation;

/// <summary>
/// Constraints on an object as a whole: GREATER_THAN(_OR_EQUAL) / LESS_THAN(_OR_EQUAL) between two of
/// its properties (<c>properties[0]</c> relation <c>properties[1]</c>, reported on the first), and
/// PROPERTY_COUNT_RANGE (how many of the listed properties are set, reported on the object).
/// A comparison with an absent, null or unparsable operand is skipped: other checks report those.
/// </summary>
internal static class ContainerConstraintChecker
{
    public static void Check(ComplexType type, Dictionary<string, JsonElement> members, string path, List<ConstraintViolation> violations)
    {
        foreach (var constraint in type.Constraints)
        {
            switch (constraint.Type)
            {
                case "GREATER_THAN" or "GREATER_THAN_OR_EQUAL" or "LESS_THAN" or "LESS_THAN_OR_EQUAL" when constraint.Properties.Count >= 2:
                    CheckComparison(type, constraint, members, path, violations);
                    break;
                case "PROPERTY_COUNT_RANGE":
                    CheckPropertyCount(constraint, members, path, violations);
                    break;
            }
        }
    }

    private static void CheckComparison(ComplexType type, SchemaConstraint constraint, Dictionary<string, JsonElement> members, string path, List<ConstraintViolation> violations)
    {
        var left = constraint.Properties[0];
        var right = constraint.Properties[1];
        if (Ordinal(type.Find(left), members, left) is not { } a || Ordinal(type.Find(right), members, right) is not { } b)
        {
            return;
        }

        var (holds, relation) = constraint.Type switch
        {
            "GREATER_THAN" => (a > b, "greater than"),
            "GREATER_THAN_OR_EQUAL" => (a >= b, "greater than or equal to"),
            "LESS_THAN" => (a < b, "less than"),
            _ => (a <= b, "less than or equal to"),
        };

        if (!holds)
        {
            violations.Add(SettingsViolations.Comparison(SettingsViolations.Child(path, left), left, relation, right, constraint.CustomMessage));
        }
    }

    private static double? Ordinal(SchemaProperty? property, Dictionary<string, JsonElement> members, string name)
    {
        if (property is null || !members.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return property.Type.Kind switch
        {
            PropertyTypeKind.Integer or PropertyTypeKind.Float => ValueValidator.TryGetNumber(PropertyTypeKind.Float, value),
            PropertyTypeKind.LocalDate or PropertyTypeKind.LocalTime or PropertyTypeKind.LocalDateTime or PropertyTypeKind.ZonedDateTime
                when value.ValueKind == JsonValueKind.String && TemporalValues.TryGetOrdinal(property.Type.Kind, value.GetString()!, out var ordinal) => ordinal,
            _ => null,
        };
    }

    private static void CheckPropertyCount(SchemaConstraint constraint, Dictionary<string, JsonElement> members, string path, List<ConstraintViolation> violations)
    {
        var count = constraint.Properties.Count(name => members.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null);
        if ((constraint.MinimumPropertyCount is { } min && count < min) || (constraint.MaximumPropertyCount is { } max && count > max))
        {
            violations.Add(SettingsViolations.PropertyCount(path, constraint.Properties, constraint.MinimumPropertyCount, constraint.MaximumPropertyCount, constraint.CustomMessage));
        }
    }
}
