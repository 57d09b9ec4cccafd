using System.Globalization;

namespace Pharos.Conditions.Semantics;

public sealed record NumberConstant(double Value) : MetricExpression
{
    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);
}
