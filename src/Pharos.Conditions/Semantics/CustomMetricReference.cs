using Pharos.Conditions.Symbols;

namespace Pharos.Conditions.Semantics;

public sealed record CustomMetricReference(string Name, CustomMetricType Type) : MetricExpression
{
    public override string ToString() => Name;
}
