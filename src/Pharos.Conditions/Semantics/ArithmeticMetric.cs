namespace Pharos.Conditions.Semantics;

public sealed record ArithmeticMetric(MetricExpression Left, ArithmeticOperator Operator, MetricExpression Right) : MetricExpression
{
    public override string ToString()
    {
        var op = Operator switch
        {
            ArithmeticOperator.Add => "+",
            ArithmeticOperator.Subtract => "-",
            ArithmeticOperator.Multiply => "*",
            _ => "/",
        };
        return $"({Left} {op} {Right})";
    }
}
