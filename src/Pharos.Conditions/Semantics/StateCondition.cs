using Pharos.Conditions.Symbols;

namespace Pharos.Conditions.Semantics;

/// <summary><c>Signal == 'Value'</c> or <c>Signal != 'Value'</c>, e.g. JobStatus == 'FAILED'. Value is one of <see cref="BuiltInSignal.StateValues"/>.</summary>
public sealed record StateCondition(BuiltInSignal Signal, ComparisonOperator Operator, string Value) : AlertCondition;
