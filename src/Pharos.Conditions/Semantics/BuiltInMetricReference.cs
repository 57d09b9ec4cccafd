using Pharos.Conditions.Symbols;

namespace Pharos.Conditions.Semantics;

public sealed record BuiltInMetricReference(BuiltInSignal Signal) : MetricExpression
{
    public override string ToString() => Signal.Name;
}
