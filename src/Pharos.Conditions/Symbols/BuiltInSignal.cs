namespace Pharos.Conditions.Symbols;

/// <summary>
/// A signal every monitored entity has, named in PascalCase in conditions. Thresholds are
/// written in <see cref="Unit"/>; multiplying by <see cref="DynatraceScale"/> gives the value in
/// the unit of <see cref="DynatraceMetricKey"/> (ErrorRate 0.05 → 5 % on
/// builtin:service.errors.total.rate; ResponseTime 200 ms → 200 000 µs on builtin:service.response.time).
/// </summary>
public sealed record BuiltInSignal(
    string Name,
    SignalKind Kind,
    SignalUnit Unit,
    string DynatraceMetricKey,
    double DynatraceScale,
    bool SupportsAnomalyDetection,
    string Description)
{
    /// <summary>The smallest meaningful threshold; a threshold below it can never be crossed.</summary>
    public double? Minimum { get; init; }

    /// <summary>The largest meaningful threshold.</summary>
    public double? Maximum { get; init; }

    /// <summary>A typical threshold, used in examples in messages.</summary>
    public double ExampleThreshold { get; init; }

    /// <summary>For a state signal: the values it can take, upper case, the most alert-worthy first.</summary>
    public IReadOnlyList<string> StateValues { get; init; } = [];

    /// <summary>For a state signal: the dimension of <see cref="DynatraceMetricKey"/> that carries the state.</summary>
    public string? DynatraceStateDimension { get; init; }

    public override string ToString() => Name;

    public bool IsInRange(double threshold) =>
        (Minimum is not { } min || threshold >= min) && (Maximum is not { } max || threshold <= max);
}
