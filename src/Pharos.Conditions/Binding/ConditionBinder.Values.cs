using Pharos.Conditions.Diagnostics;
using Pharos.Conditions.Semantics;
using Pharos.Conditions.Symbols;
using Pharos.Conditions.Syntax;

namespace Pharos.Conditions.Binding;

internal sealed partial class ConditionBinder
{
    // TimeSpan cannot hold more; anything larger is certainly a typo.
    private static readonly double MaxDurationMilliseconds = TimeSpan.MaxValue.TotalMilliseconds;

    public override BoundValue VisitNumberLiteral(NumberLiteralSyntax node) =>
        node.Token.HasErrors ? ErrorValue.Instance : new NumberValue(node.Value);

    public override BoundValue VisitDurationLiteral(DurationLiteralSyntax node)
    {
        if (node.Token.HasErrors)
        {
            return ErrorValue.Instance;
        }

        var milliseconds = node.Milliseconds;
        if (!double.IsFinite(milliseconds) || milliseconds > MaxDurationMilliseconds)
        {
            Report(_diagnostics.ValueTooLarge(node.Span, TextOf(node)));
            return ErrorValue.Instance;
        }

        return new DurationValue(milliseconds);
    }

    public override BoundValue VisitStringLiteral(StringLiteralSyntax node) =>
        node.Token.HasErrors ? ErrorValue.Instance : new StringValue(node.Value);

    public override BoundValue VisitPreviousPeriod(PreviousPeriodSyntax node)
    {
        if (_previousPeriodTarget is null)
        {
            Report(_diagnostics.PreviousPeriodMisplaced(node.Span, node.Keyword.Text, _previousPeriodProblem));
            return ErrorValue.Instance;
        }

        var period = node.Keyword.Kind == SyntaxKind.PreviousDayKeyword ? PreviousPeriod.Day : PreviousPeriod.Week;
        return new MetricValue(new TimeShiftedMetric(_previousPeriodTarget, period), null, IsSingleMetric: false, HasPreviousPeriod: true, HasCurrentMetric: false);
    }

    public override BoundValue VisitParenthesizedExpression(ParenthesizedExpressionSyntax node) => Visit(node.Expression);

    public override BoundValue VisitUnaryExpression(UnaryExpressionSyntax node)
    {
        var operand = Visit(node.Operand);
        return operand switch
        {
            NumberValue number => new NumberValue(-number.Value),
            // Kept negative so that SlowDatabaseQueries(-5s) is reported as "not positive" rather than as misplaced.
            DurationValue duration => new DurationValue(-duration.Milliseconds),
            MetricValue metric => metric with { Expression = new NegatedMetric(metric.Expression), Signal = null, IsSingleMetric = false },
            _ => ReportArithmeticMisuse(node.Operand, operand),
        };
    }

    public override BoundValue VisitBinaryExpression(BinaryExpressionSyntax node)
    {
        var left = Visit(node.Left);
        var right = Visit(node.Right);
        var leftUsable = IsArithmeticOperand(node.Left, left);
        var rightUsable = IsArithmeticOperand(node.Right, right);
        if (!leftUsable || !rightUsable)
        {
            return ErrorValue.Instance;
        }

        var op = node.Operator;
        if (op == ArithmeticOperator.Divide && right is NumberValue { Value: 0 })
        {
            Report(_diagnostics.DivisionByZero(node.Span, TextOf(node)));
            return ErrorValue.Instance;
        }

        if (left is NumberValue l && right is NumberValue r)
        {
            var folded = Fold(l.Value, op, r.Value);
            if (!double.IsFinite(folded))
            {
                Report(_diagnostics.ValueTooLarge(node.Span, TextOf(node)));
                return ErrorValue.Instance;
            }

            return new NumberValue(folded);
        }

        var leftMetric = (MetricValue?)(left as MetricValue);
        var rightMetric = (MetricValue?)(right as MetricValue);
        return new MetricValue(
            new ArithmeticMetric(ToMetric(left), op, ToMetric(right)),
            null,
            IsSingleMetric: false,
            HasPreviousPeriod: (leftMetric?.HasPreviousPeriod ?? false) || (rightMetric?.HasPreviousPeriod ?? false),
            HasCurrentMetric: (leftMetric?.HasCurrentMetric ?? false) || (rightMetric?.HasCurrentMetric ?? false));
    }

    public override BoundValue VisitComparisonExpression(ComparisonExpressionSyntax node)
    {
        // Reached only below the top level.
        Report(_diagnostics.ComparisonInsideExpression(node.Span));
        return ErrorValue.Instance;
    }

    public override BoundValue VisitCallExpression(CallExpressionSyntax node)
    {
        // Reached only below the top level, where a detector cannot stand.
        Report(Detectors.TryGet(node.Name, out var detector)
            ? _diagnostics.DetectorInExpression(node.Span, detector)
            : _diagnostics.UnknownDetector(node.NameToken.Span, node.Name, BuiltInSignals.TryGet(node.Name, out var signal) ? signal : null));
        return ErrorValue.Instance;
    }

    /// <summary>Numbers and metrics take part in arithmetic; anything else is reported here.</summary>
    private bool IsArithmeticOperand(ExpressionSyntax syntax, BoundValue value)
    {
        if (value is NumberValue or MetricValue)
        {
            return true;
        }

        ReportArithmeticMisuse(syntax, value);
        return false;
    }

    private ErrorValue ReportArithmeticMisuse(ExpressionSyntax syntax, BoundValue value)
    {
        switch (value)
        {
            case DurationValue:
                Report(_diagnostics.DurationNotExpected(syntax.Span, TextOf(syntax), null, null));
                break;
            case StringValue:
                Report(_diagnostics.StringNotExpected(syntax.Span));
                break;
            case StateValue state:
                Report(_diagnostics.StateRequiresEquality(syntax.Span, state.Signal));
                break;
        }

        return ErrorValue.Instance;
    }

    private static double Fold(double left, ArithmeticOperator op, double right) => op switch
    {
        ArithmeticOperator.Add => left + right,
        ArithmeticOperator.Subtract => left - right,
        ArithmeticOperator.Multiply => left * right,
        _ => left / right,
    };

    private static MetricExpression ToMetric(BoundValue value) =>
        value is MetricValue metric ? metric.Expression : new NumberConstant(((NumberValue)value).Value);
}
