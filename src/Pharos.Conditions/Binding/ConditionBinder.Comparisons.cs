using Pharos.Conditions.Diagnostics;
using Pharos.Conditions.Semantics;
using Pharos.Conditions.Symbols;
using Pharos.Conditions.Syntax;

namespace Pharos.Conditions.Binding;

internal sealed partial class ConditionBinder
{
    private AlertCondition? BindComparison(ComparisonExpressionSyntax node)
    {
        _previousPeriodProblem = PreviousPeriodProblem.OnLeftSide;
        var left = Visit(node.Left);

        // previous_day on the right means "the left-hand metric, one period earlier".
        (_previousPeriodTarget, _previousPeriodProblem) = left switch
        {
            MetricValue { IsSingleMetric: true } metric => (metric.Expression, _previousPeriodProblem),
            MetricValue => (null, PreviousPeriodProblem.LeftSideIsExpression),
            _ => ((MetricExpression?)null, PreviousPeriodProblem.LeftSideIsNotMetric),
        };
        var right = Visit(node.Right);
        (_previousPeriodTarget, _previousPeriodProblem) = (null, PreviousPeriodProblem.OutsideComparison);

        if (left is ErrorValue || right is ErrorValue)
        {
            return null;
        }

        var op = node.Operator;
        var (subjectSyntax, thresholdSyntax) = (node.Left, node.Right);

        // Put the metric or state on the left: "95 > x" means "x < 95".
        if (left is NumberValue or DurationValue or StringValue && right is MetricValue or StateValue)
        {
            (left, right) = (right, left);
            (subjectSyntax, thresholdSyntax) = (thresholdSyntax, subjectSyntax);
            op = SyntaxFacts.Mirror(op);
        }

        switch (left, right)
        {
            case (StateValue state, StringValue value):
                return BindState(node, state.Signal, op, value.Value, thresholdSyntax);
            case (StateValue state, _):
                Report(_diagnostics.StateRequiresEquality(node.Span, state.Signal));
                return null;
            case (_, StateValue state):
                Report(_diagnostics.StateRequiresEquality(node.Span, state.Signal));
                return null;
            case (MetricValue metric, StringValue):
                Report(_diagnostics.StringComparedWithNumericMetric(node.Span, TextOf(subjectSyntax), metric.IsSingleMetric ? metric.Signal : null));
                return null;
            case (MetricValue metric, NumberValue number):
                return BindThreshold(node, metric, subjectSyntax, op, number.Value, thresholdSyntax);
            case (MetricValue metric, DurationValue duration):
                if (metric is { IsSingleMetric: true, Signal.Unit: SignalUnit.Milliseconds })
                {
                    return BindThreshold(node, metric, subjectSyntax, op, duration.Milliseconds, thresholdSyntax);
                }

                Report(_diagnostics.DurationNotExpected(thresholdSyntax.Span, TextOf(thresholdSyntax), TextOf(subjectSyntax), metric.IsSingleMetric ? metric.Signal?.Unit : null));
                return null;
            case (MetricValue metric, MetricValue baseline) when baseline.HasPreviousPeriod && !baseline.HasCurrentMetric:
                // "a < previous_day * 0.9" is exactly "a - previous_day * 0.9 < 0", which a metric selector can express.
                var difference = metric with
                {
                    Expression = new ArithmeticMetric(metric.Expression, ArithmeticOperator.Subtract, baseline.Expression),
                    Signal = null,
                    IsSingleMetric = false,
                };
                return BindThreshold(node, difference, subjectSyntax, op, 0, thresholdSyntax);
            case (MetricValue, MetricValue):
                Report(_diagnostics.MetricComparedWithMetric(node.Span, TextOf(subjectSyntax), TextOf(thresholdSyntax), thresholdSyntax is NameExpressionSyntax));
                return null;
        }

        // Neither side is a metric or a state.
        if (left is StringValue || right is StringValue)
        {
            Report(_diagnostics.StringNotExpected(left is StringValue ? subjectSyntax.Span : thresholdSyntax.Span));
        }
        else if (left is DurationValue || right is DurationValue)
        {
            var syntax = left is DurationValue ? subjectSyntax : thresholdSyntax;
            Report(_diagnostics.DurationNotExpected(syntax.Span, TextOf(syntax), null, null));
        }
        else
        {
            Report(_diagnostics.ConstantComparison(node.Span));
        }

        return null;
    }

    private StateCondition? BindState(ComparisonExpressionSyntax node, BuiltInSignal signal, ComparisonOperator op, string value, ExpressionSyntax valueSyntax)
    {
        if (op is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual))
        {
            Report(_diagnostics.StateRequiresEquality(node.OperatorToken.Span, signal));
            return null;
        }

        if (!signal.StateValues.Contains(value, StringComparer.Ordinal))
        {
            Report(_diagnostics.UnknownStateValue(valueSyntax.Span, signal, value));
            return null;
        }

        return new StateCondition(signal, op, value);
    }

    private ThresholdCondition? BindThreshold(
        ComparisonExpressionSyntax node,
        MetricValue metric,
        ExpressionSyntax metricSyntax,
        ComparisonOperator op,
        double threshold,
        ExpressionSyntax thresholdSyntax)
    {
        if (op is ComparisonOperator.Equal or ComparisonOperator.NotEqual)
        {
            Report(_diagnostics.EqualityOnNumericMetric(node.OperatorToken.Span, node.OperatorToken.Text, TextOf(metricSyntax)));
            return null;
        }

        if (metric is { IsSingleMetric: true, Signal: { } signal } && !signal.IsInRange(threshold))
        {
            Report(_diagnostics.ThresholdOutOfRange(thresholdSyntax.Span, signal, threshold));
            return null;
        }

        return new ThresholdCondition(metric.Expression, op, threshold);
    }
}
