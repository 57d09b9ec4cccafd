using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Metrics.Selectors;

internal sealed partial class TransformationValidator
{
    private void Dimension(ArgumentSyntax argument, string where)
    {
        if (argument is not (StringArgumentSyntax or NameArgumentSyntax or MissingArgumentSyntax))
        {
            Report(diagnostics.ExpectedArgument(argument.Span, "a dimension key", where, $"{where}(\"dt.entity.host\")"));
        }
    }

    private void Aggregation(ArgumentSyntax argument, bool allowAuto, string where)
    {
        switch (argument)
        {
            case MissingArgumentSyntax:
                return;
            case NameArgumentSyntax { Name: "auto" } when !allowAuto:
                Report(diagnostics.InvalidKeyword(argument.Span, "auto", "avg, count, max, median, min, percentile(N), sum or value", where));
                return;
            case NameArgumentSyntax name when SelectorFacts.Aggregations.Contains(name.Name):
                return;
            case NameArgumentSyntax name:
                Report(diagnostics.UnknownAggregation(name.Span, name.Name));
                return;
            case CallArgumentSyntax { Name: "percentile" } call:
                if (call.Arguments.Count != 1)
                {
                    Report(diagnostics.WrongCallArgumentCount(call.Span, "percentile", "1 argument", call.Arguments.Count, "percentile(90)"));
                    return;
                }

                Percentile(call.Arguments[0], "percentile(…)");
                return;
            case CallArgumentSyntax call:
                Report(diagnostics.UnknownAggregation(call.NameSpan, call.Name));
                return;
            default:
                Report(diagnostics.UnknownAggregation(argument.Span, Describe(argument)));
                return;
        }
    }

    private void Percentile(ArgumentSyntax argument, string where)
    {
        if (argument is MissingArgumentSyntax)
        {
            return;
        }

        if (argument is not NumberArgumentSyntax number)
        {
            Report(diagnostics.ExpectedArgument(argument.Span, "a number from 0 to 100", where, "percentile(90)"));
            return;
        }

        if (number.Value is < 0 or > 100)
        {
            Report(diagnostics.PercentileOutOfRange(number.Span, number.Text));
        }
    }

    private void Number(ArgumentSyntax argument, string where, string example)
    {
        if (argument is not (NumberArgumentSyntax or MissingArgumentSyntax))
        {
            Report(diagnostics.ExpectedArgument(argument.Span, "a number", where, example));
        }
    }

    private void Limit(ArgumentSyntax argument)
    {
        switch (argument)
        {
            case MissingArgumentSyntax:
                return;
            case NumberArgumentSyntax number when number.Value >= 1 && number.Value == Math.Floor(number.Value) && number.Value <= int.MaxValue:
                return;
            default:
                Report(diagnostics.InvalidLimit(argument.Span, Describe(argument)));
                return;
        }
    }

    private DurationArgumentSyntax? Duration(ArgumentSyntax argument, string where, string example)
    {
        switch (argument)
        {
            case DurationArgumentSyntax duration:
                return duration;
            case MissingArgumentSyntax:
                return null;
            default:
                Report(diagnostics.ExpectedArgument(argument.Span, "a duration", where, example));
                return null;
        }
    }

    private DurationArgumentSyntax? PositiveDuration(ArgumentSyntax argument, string where, string example)
    {
        var duration = Duration(argument, where, example);
        if (duration is not null && duration.Duration <= TimeSpan.Zero)
        {
            Report(diagnostics.DurationNotPositive(duration.Span, duration.Text, where));
            return null;
        }

        return duration;
    }

    private void Keyword(ArgumentSyntax argument, string keyword, string where)
    {
        if (argument is MissingArgumentSyntax || argument is NameArgumentSyntax { Name: var name } && name == keyword)
        {
            return;
        }

        Report(diagnostics.InvalidKeyword(argument.Span, Describe(argument), keyword, where));
    }

    private void Unit(ArgumentSyntax argument, string where, string example)
    {
        if (argument is not (NameArgumentSyntax or StringArgumentSyntax or MissingArgumentSyntax))
        {
            Report(diagnostics.ExpectedArgument(argument.Span, "a unit", where, example));
        }
    }

    private void SortKey(ArgumentSyntax argument)
    {
        if (argument is MissingArgumentSyntax)
        {
            return;
        }

        if (argument is not CallArgumentSyntax { Name: "value" or "dimension" } call)
        {
            Report(diagnostics.InvalidSortKey(argument.Span, Describe(argument)));
            return;
        }

        var isValue = call.Name == "value";
        var (min, max) = isValue ? (2, 2) : (2, 3);
        if (call.Arguments.Count < min || call.Arguments.Count > max)
        {
            var example = isValue ? "value(avg,descending)" : "dimension(\"dt.entity.host\",ascending)";
            Report(diagnostics.WrongCallArgumentCount(call.Span, call.Name, isValue ? "2 arguments" : "2 or 3 arguments", call.Arguments.Count, example));
            return;
        }

        if (isValue)
        {
            Aggregation(call.Arguments[0], allowAuto: true, "value(…)");
        }
        else
        {
            Dimension(call.Arguments[0], "dimension(…)");
        }

        KeywordOf(call.Arguments[1], SelectorFacts.SortDirections, "ascending or descending", call.Name + "(…)");
        if (call.Arguments.Count == 3)
        {
            KeywordOf(call.Arguments[2], SelectorFacts.SortOrders, "lexical or natural", call.Name + "(…)");
        }
    }

    private void KeywordOf(ArgumentSyntax argument, IReadOnlySet<string> allowed, string allowedText, string where)
    {
        if (argument is MissingArgumentSyntax || argument is NameArgumentSyntax { Name: var name } && allowed.Contains(name))
        {
            return;
        }

        Report(diagnostics.InvalidKeyword(argument.Span, Describe(argument), allowedText, where));
    }

    private void Partition(ArgumentSyntax argument)
    {
        if (argument is MissingArgumentSyntax)
        {
            return;
        }

        if (argument is not CallArgumentSyntax { Name: "value" or "dimension", Arguments.Count: 2 })
        {
            Report(diagnostics.ExpectedArgument(argument.Span, "a partition value(\"label\",<criterion>) or dimension(\"label\",<criterion>)", ":partition", TransformationFacts.Example(TransformationKind.Partition)));
        }
    }
}
