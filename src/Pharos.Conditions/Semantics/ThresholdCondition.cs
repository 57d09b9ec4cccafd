namespace Pharos.Conditions.Semantics;

/// <summary>
/// <c>Left Operator Threshold</c>, e.g. ErrorRate &gt; 0.0005. The metric is always on the left (a
/// condition written <c>95 &gt; x</c> becomes <c>x &lt; 95</c>), the operator is never == or !=, and
/// the threshold is in the unit of the signal (durations are converted to milliseconds).
/// <c>a &lt; previous_day * 0.9</c> becomes <c>a - TimeShift(a, 1d) * 0.9 &lt; 0</c>.
/// </summary>
public sealed record ThresholdCondition(MetricExpression Left, ComparisonOperator Operator, double Threshold) : AlertCondition;
