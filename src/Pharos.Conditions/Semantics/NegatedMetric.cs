namespace Pharos.Conditions.Semantics;

public sealed record NegatedMetric(MetricExpression Operand) : MetricExpression
{
    public override string ToString() => $"-{Operand}";
}
