using System.Globalization;
using Pharos.Core.Diagnostics;
using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Metrics.Selectors;

/// <summary>
/// Checks the argument shapes of known transformations, so a tree without errors can be evaluated
/// without re-checking. Semantic rules that need the metric (e.g. ":rate needs an aggregation") are
/// left to the query layer. Arguments that are already Missing were reported and are skipped.
/// </summary>
internal sealed partial class TransformationValidator(SelectorDiagnostics diagnostics, List<Diagnostic> reported)
{
    private const int Unbounded = int.MaxValue;

    public void Validate(TransformationSyntax t)
    {
        var args = t.Arguments;
        switch (t.Kind)
        {
            case TransformationKind.Auto or TransformationKind.Avg or TransformationKind.Count or TransformationKind.Max
                or TransformationKind.Median or TransformationKind.Min or TransformationKind.Sum or TransformationKind.Value
                or TransformationKind.Names or TransformationKind.Parents or TransformationKind.Delta or TransformationKind.AsGauge:
                Arity(t, 0, 0, "no arguments");
                break;
            case TransformationKind.Percentile:
                if (Arity(t, 1, 1, "1 argument"))
                {
                    Percentile(args[0], ":percentile");
                }

                break;
            case TransformationKind.Filter:
                if (Arity(t, 1, Unbounded, "at least 1 condition"))
                {
                    foreach (var condition in args)
                    {
                        Condition(condition);
                    }
                }

                break;
            case TransformationKind.SplitBy:
                foreach (var dimension in args)
                {
                    Dimension(dimension, ":splitBy");
                }

                break;
            case TransformationKind.Merge:
                if (Arity(t, 1, Unbounded, "at least 1 dimension key"))
                {
                    foreach (var dimension in args)
                    {
                        Dimension(dimension, ":merge");
                    }
                }

                break;
            case TransformationKind.Fold or TransformationKind.Last or TransformationKind.LastReal:
                if (Arity(t, 0, 1, "at most 1 aggregation") && args.Count == 1)
                {
                    Aggregation(args[0], allowAuto: true, ":" + TransformationFacts.NameOf(t.Kind));
                }

                break;
            case TransformationKind.Sort:
                if (Arity(t, 1, Unbounded, "at least 1 sort key"))
                {
                    foreach (var key in args)
                    {
                        SortKey(key);
                    }
                }

                break;
            case TransformationKind.Limit:
                if (Arity(t, 1, 1, "1 argument"))
                {
                    Limit(args[0]);
                }

                break;
            case TransformationKind.Timeshift:
                if (Arity(t, 1, 1, "1 argument") && Duration(args[0], ":timeshift", ":timeshift(-1d)") is { } shift
                    && shift.Duration.Duration() > SelectorFacts.MaxTimeshift)
                {
                    Report(diagnostics.TimeshiftTooLarge(shift.Span, shift.Text));
                }

                break;
            case TransformationKind.Default:
                if (Arity(t, 1, 2, "1 or 2 arguments"))
                {
                    Number(args[0], ":default", ":default(0)");
                    if (args.Count == 2)
                    {
                        Keyword(args[1], "always", ":default");
                    }
                }

                break;
            case TransformationKind.Rate:
                if (Arity(t, 0, 1, "at most 1 argument") && args.Count == 1)
                {
                    PositiveDuration(args[0], ":rate", ":rate(1m)");
                }

                break;
            case TransformationKind.Rollup:
                if (Arity(t, 2, 2, "2 arguments"))
                {
                    Aggregation(args[0], allowAuto: false, ":rollup");
                    if (PositiveDuration(args[1], ":rollup", ":rollup(avg,5m)") is { } window && window.Duration > SelectorFacts.MaxRollupWindow)
                    {
                        Report(diagnostics.RollupWindowTooLarge(window.Span, window.Text));
                    }
                }

                break;
            case TransformationKind.SetUnit:
                if (Arity(t, 1, 1, "1 argument"))
                {
                    Unit(args[0], ":setUnit", ":setUnit(MilliSecond)");
                }

                break;
            case TransformationKind.ToUnit:
                if (Arity(t, 2, 2, "2 arguments"))
                {
                    Unit(args[0], ":toUnit", ":toUnit(MicroSecond,MilliSecond)");
                    Unit(args[1], ":toUnit", ":toUnit(MicroSecond,MilliSecond)");
                }

                break;
            case TransformationKind.Smooth:
                if (Arity(t, 1, 1, "1 argument"))
                {
                    Keyword(args[0], "skipfirst", ":smooth");
                }

                break;
            case TransformationKind.Partition:
                if (Arity(t, 2, Unbounded, "a dimension key and at least 1 partition"))
                {
                    Dimension(args[0], ":partition");
                    for (var i = 1; i < args.Count; i++)
                    {
                        Partition(args[i]);
                    }
                }

                break;
        }
    }

    private bool Arity(TransformationSyntax t, int min, int max, string expected)
    {
        var count = t.Arguments.Count;
        if (count >= min && count <= max)
        {
            return true;
        }

        Report(diagnostics.WrongArgumentCount(t.Span, t.Kind, expected, count));
        return false;
    }

    private void Report(Diagnostic diagnostic) => reported.Add(diagnostic);

    private static string Describe(ArgumentSyntax argument) => argument switch
    {
        StringArgumentSyntax s => $"\"{s.Value}\"",
        NumberArgumentSyntax n => n.Text,
        DurationArgumentSyntax d => d.Text,
        NameArgumentSyntax n => n.Name,
        CallArgumentSyntax c => c.Name + "(…)",
        _ => "",
    };

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
