using Pharos.Metrics.Selectors;
using Pharos.Metrics.Selectors.Syntax;

namespace Pharos.Evaluation.Slo;

/// <summary>
/// Splits a ratio SLO expression into its good and total selectors, so counts can be read and summed
/// separately (a ratio of sums, not an average of ratios). Recognises <c>(100)*(good)/(total)</c>,
/// <c>100*good/total</c> and <c>(good)/(total)*(100)</c>.
/// </summary>
public static class SloExpression
{
    public static bool TrySplit(string metricExpression, out string good, out string total)
    {
        good = total = "";
        var parsed = MetricSelectorParser.Parse(metricExpression ?? "", "metricExpression");
        if (parsed.HasErrors || parsed.Selectors.Count != 1)
        {
            return false;
        }

        var expression = Unwrap(parsed.Selectors[0]);
        BinarySyntax? ratio = null;
        if (expression is BinarySyntax { Operator: ArithmeticOperator.Divide } divide && IsHundredTimes(Unwrap(divide.Left), out var numerator))
        {
            good = SelectorPrinter.Print(numerator);
            total = SelectorPrinter.Print(Unwrap(divide.Right));
            return true;
        }

        if (expression is BinarySyntax { Operator: ArithmeticOperator.Multiply } multiply)
        {
            ratio = IsHundred(Unwrap(multiply.Right)) ? Unwrap(multiply.Left) as BinarySyntax : IsHundred(Unwrap(multiply.Left)) ? Unwrap(multiply.Right) as BinarySyntax : null;
        }

        if (ratio is { Operator: ArithmeticOperator.Divide })
        {
            good = SelectorPrinter.Print(Unwrap(ratio.Left));
            total = SelectorPrinter.Print(Unwrap(ratio.Right));
            return true;
        }

        return false;
    }

    private static bool IsHundredTimes(SelectorExpression expression, out SelectorExpression other)
    {
        other = expression;
        if (expression is BinarySyntax { Operator: ArithmeticOperator.Multiply } m)
        {
            if (IsHundred(Unwrap(m.Left)))
            {
                other = Unwrap(m.Right);
                return true;
            }

            if (IsHundred(Unwrap(m.Right)))
            {
                other = Unwrap(m.Left);
                return true;
            }
        }

        return false;
    }

    private static bool IsHundred(SelectorExpression expression) => expression is NumberSyntax { Value: 100 };

    private static SelectorExpression Unwrap(SelectorExpression expression)
    {
        while (expression is ParenthesizedSyntax p)
        {
            expression = p.Inner;
        }

        return expression;
    }
}
