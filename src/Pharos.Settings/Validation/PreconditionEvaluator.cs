using System.Text.Json;
using Pharos.Settings.Json;
using Pharos.Settings.Model;

namespace Pharos.Settings.Validation;

/// <summary>
/// Evaluates a property's precondition against its siblings. Preconditions name sibling
/// properties of the same object; an absent sibling counts as null (Dynatrace does not fill
/// defaults before validating, so neither do we).
/// </summary>
internal static class PreconditionEvaluator
{
    public static PreconditionResult Evaluate(Precondition? precondition, Func<string, JsonScalar> sibling) =>
        precondition is null ? PreconditionResult.Met : Eval(precondition, sibling);

    private static PreconditionResult Eval(Precondition precondition, Func<string, JsonScalar> sibling)
    {
        switch (precondition.Type)
        {
            case "EQUALS":
                return From(precondition.Property is { } p && sibling(p).EqualsScalar(precondition.Expected));
            case "IN":
                if (precondition.Property is not { } property)
                {
                    return PreconditionResult.NotMet;
                }

                var actual = sibling(property);
                return From(actual is { Kind: JsonValueKind.String, Text: { } actualText }
                    ? precondition.ExpectedStrings.Contains(actualText)
                    : precondition.ExpectedOthers.Any(actual.EqualsScalar));
            case "NULL":
                return From(precondition.Property is not { } nullProperty || sibling(nullProperty).IsNull);
            case "REGEX_MATCH":
                return From(precondition.Property is { } regexProperty
                    && precondition.Pattern is { } pattern
                    && sibling(regexProperty) is { Kind: JsonValueKind.String, Text: { } text }
                    && SchemaRegex.IsFullMatch(pattern, text));
            case "NOT":
                return precondition.Inner is null
                    ? PreconditionResult.Unknown
                    : Eval(precondition.Inner, sibling) switch
                    {
                        PreconditionResult.Met => PreconditionResult.NotMet,
                        PreconditionResult.NotMet => PreconditionResult.Met,
                        _ => PreconditionResult.Unknown,
                    };
            case "AND":
                return Combine(precondition.Operands, sibling, stopOn: PreconditionResult.NotMet, whenEmpty: PreconditionResult.Met);
            case "OR":
                return Combine(precondition.Operands, sibling, stopOn: PreconditionResult.Met, whenEmpty: PreconditionResult.NotMet);
            default:
                return PreconditionResult.Unknown;
        }
    }

    private static PreconditionResult Combine(IReadOnlyList<Precondition> operands, Func<string, JsonScalar> sibling, PreconditionResult stopOn, PreconditionResult whenEmpty)
    {
        var sawUnknown = false;
        foreach (var operand in operands)
        {
            var result = Eval(operand, sibling);
            if (result == stopOn)
            {
                return stopOn;
            }

            sawUnknown |= result == PreconditionResult.Unknown;
        }

        return sawUnknown ? PreconditionResult.Unknown : whenEmpty;
    }

    private static PreconditionResult From(bool met) => met ? PreconditionResult.Met : PreconditionResult.NotMet;
}
