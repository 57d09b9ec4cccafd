using System.Text.Json;

namespace Pharos.Local.Settings.Filter;

/// <summary>
/// Decides whether a settings object matches a filter. Strings compare ordinally and case-sensitively,
/// numbers numerically, booleans only for (in)equality; a value of another type than the literal never
/// matches. On an array property a comparison holds when it holds for some element, and <c>contains</c>
/// means "has an element equal to". <c>!=</c> is the negation of <c>=</c>, so it matches objects that lack
/// the property.
/// </summary>
internal static class SettingsFilterEvaluator
{
    public static bool Matches(FilterExpression expression, SettingsObjectView item) => expression switch
    {
        AndFilter and => Matches(and.Left, item) && Matches(and.Right, item),
        OrFilter or => Matches(or.Left, item) || Matches(or.Right, item),
        NotFilter not => !Matches(not.Operand, item),
        ComparisonFilter comparison => Compare(comparison, item.Read(comparison.Field)),
        _ => false,
    };

    private static bool Compare(ComparisonFilter comparison, JsonElement? value)
    {
        if (comparison.Operator == FilterOperator.NotEqual)
        {
            return !Compare(comparison with { Operator = FilterOperator.Equal }, value);
        }

        if (value is not { } present)
        {
            return false;
        }

        if (present.ValueKind == JsonValueKind.Array)
        {
            return comparison.Operator == FilterOperator.Contains
                ? present.EnumerateArray().Any(e => comparison.Values.Any(v => AreEqual(e, v)))
                : present.EnumerateArray().Any(e => CompareScalar(comparison, e));
        }

        return CompareScalar(comparison, present);
    }

    private static bool CompareScalar(ComparisonFilter comparison, JsonElement value)
    {
        var literal = comparison.Values[0];
        return comparison.Operator switch
        {
            FilterOperator.Equal => AreEqual(value, literal),
            FilterOperator.In => comparison.Values.Any(v => AreEqual(value, v)),
            FilterOperator.Contains => value.ValueKind == JsonValueKind.String && literal.Kind == FilterLiteralKind.String
                && value.GetString()!.Contains(literal.Text, StringComparison.Ordinal),
            FilterOperator.StartsWith => value.ValueKind == JsonValueKind.String && value.GetString()!.StartsWith(literal.Text, StringComparison.Ordinal),
            _ => Order(value, literal) is { } order && comparison.Operator switch
            {
                FilterOperator.Less => order < 0,
                FilterOperator.LessOrEqual => order <= 0,
                FilterOperator.Greater => order > 0,
                _ => order >= 0,
            },
        };
    }

    private static bool AreEqual(JsonElement value, FilterLiteral literal) => literal.Kind switch
    {
        FilterLiteralKind.String => value.ValueKind == JsonValueKind.String && string.Equals(value.GetString(), literal.Text, StringComparison.Ordinal),
        FilterLiteralKind.Number => value.ValueKind == JsonValueKind.Number && value.GetDouble() == literal.Number,
        _ => value.ValueKind is JsonValueKind.True or JsonValueKind.False && value.GetBoolean() == literal.Boolean,
    };

    /// <summary>How the value orders against the literal; null when they are of different types.</summary>
    private static int? Order(JsonElement value, FilterLiteral literal) => (value.ValueKind, literal.Kind) switch
    {
        (JsonValueKind.Number, FilterLiteralKind.Number) => value.GetDouble().CompareTo(literal.Number),
        (JsonValueKind.String, FilterLiteralKind.String) => string.CompareOrdinal(value.GetString(), literal.Text),
        _ => null,
    };
}
