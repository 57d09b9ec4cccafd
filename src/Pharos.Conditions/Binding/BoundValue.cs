using Pharos.Conditions.Semantics;
using Pharos.Conditions.Symbols;

namespace Pharos.Conditions.Binding;

/// <summary>What an expression evaluates to during binding; never leaves the binder.</summary>
internal abstract record BoundValue;

/// <summary>Something already reported (or a syntax error): callers stay silent about it.</summary>
internal sealed record ErrorValue : BoundValue
{
    public static ErrorValue Instance { get; } = new();
}

internal sealed record NumberValue(double Value) : BoundValue;

internal sealed record DurationValue(double Milliseconds) : BoundValue;

internal sealed record StringValue(string Value) : BoundValue;

internal sealed record StateValue(BuiltInSignal Signal) : BoundValue;

/// <param name="Expression">The metric expression.</param>
/// <param name="Signal">The built-in signal when the expression is exactly one built-in signal.</param>
/// <param name="IsSingleMetric">The expression is one metric reference, nothing else.</param>
/// <param name="HasPreviousPeriod">previous_day/previous_week occurs inside.</param>
/// <param name="HasCurrentMetric">A metric reference that is not time-shifted occurs inside.</param>
internal sealed record MetricValue(
    MetricExpression Expression,
    BuiltInSignal? Signal,
    bool IsSingleMetric,
    bool HasPreviousPeriod,
    bool HasCurrentMetric) : BoundValue
{
    public static MetricValue Single(MetricExpression reference, BuiltInSignal? signal) => new(reference, signal, true, false, true);
}
