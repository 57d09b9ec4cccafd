using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Metrics.Selectors;

internal sealed partial class TransformationValidator
{
    private const string ConditionExample = "eq(\"dt.entity.host\",\"HOST-1\")";

    /// <summary>Filter conditions: dimension tests, <c>in</c>, <c>existsKey</c>, <c>remainder</c>, <c>series</c>, and <c>and/or/not</c> nesting.</summary>
    private void Condition(ArgumentSyntax argument)
    {
        if (argument is MissingArgumentSyntax)
        {
            return;
        }

        if (argument is not CallArgumentSyntax call)
        {
            Report(diagnostics.ExpectedArgument(argument.Span, "a condition", ":filter", ConditionExample));
            return;
        }

        if (!SelectorFacts.Conditions.Contains(call.Name))
        {
            Report(diagnostics.UnknownFilterCondition(call.NameSpan, call.Name));
            return;
        }

        var args = call.Arguments;
        switch (call.Name)
        {
            case "eq" or "ne" or "prefix" or "suffix" or "contains":
                if (CallArity(call, 2, 2, "2 arguments", $"{call.Name}(\"dt.entity.host\",\"HOST-1\")"))
                {
                    Dimension(args[0], call.Name + "(…)");
                    if (args[1] is not (StringArgumentSyntax or NameArgumentSyntax or NumberArgumentSyntax or MissingArgumentSyntax))
                    {
                        Report(diagnostics.ExpectedArgument(args[1].Span, "a value", call.Name + "(…)", $"{call.Name}(\"dt.entity.host\",\"HOST-1\")"));
                    }
                }

                break;
            case "in":
                if (CallArity(call, 2, 2, "2 arguments", "in(\"dt.entity.host\",entitySelector(\"type(~\"HOST~\")\"))"))
                {
                    Dimension(args[0], "in(…)");
                    if (args[1] is not (CallArgumentSyntax { Name: "entitySelector", Arguments: [StringArgumentSyntax] } or MissingArgumentSyntax))
                    {
                        Report(diagnostics.ExpectedArgument(args[1].Span, "entitySelector(\"…\")", "in(…)", "in(\"dt.entity.host\",entitySelector(\"type(~\"HOST~\")\"))"));
                    }
                }

                break;
            case "existsKey" or "remainder":
                if (CallArity(call, 1, 1, "1 argument", $"{call.Name}(\"dt.entity.host\")"))
                {
                    Dimension(args[0], call.Name + "(…)");
                }

                break;
            case "series":
                if (CallArity(call, 2, 2, "2 arguments", "series(avg,gt(80))"))
                {
                    Aggregation(args[0], allowAuto: false, "series(…)");
                    Comparison(args[1]);
                }

                break;
            case "not":
                if (CallArity(call, 1, 1, "1 condition", "not(eq(\"k8s.namespace.name\",\"test\"))"))
                {
                    Condition(args[0]);
                }

                break;
            default: // and, or
                if (CallArity(call, 1, Unbounded, "at least 1 condition", $"{call.Name}(eq(\"a\",\"1\"),eq(\"b\",\"2\"))"))
                {
                    foreach (var nested in args)
                    {
                        Condition(nested);
                    }
                }

                break;
        }
    }

    private void Comparison(ArgumentSyntax argument)
    {
        switch (argument)
        {
            case MissingArgumentSyntax:
                return;
            case CallArgumentSyntax call when SelectorFacts.Comparisons.Contains(call.Name):
                if (CallArity(call, 1, 1, "1 argument", $"{call.Name}(80)"))
                {
                    Number(call.Arguments[0], call.Name + "(…)", $"{call.Name}(80)");
                }

                return;
            case CallArgumentSyntax call:
                Report(diagnostics.UnknownComparison(call.NameSpan, call.Name));
                return;
            default:
                Report(diagnostics.ExpectedArgument(argument.Span, "a comparison", "series(…)", "series(avg,gt(80))"));
                return;
        }
    }

    private bool CallArity(CallArgumentSyntax call, int min, int max, string expected, string example)
    {
        if (call.Arguments.Count >= min && call.Arguments.Count <= max)
        {
            return true;
        }

        Report(diagnostics.WrongCallArgumentCount(call.Span, call.Name, expected, call.Arguments.Count, example));
        return false;
    }
}
