namespace Pharos.Conditions.Symbols;

/// <summary>The unit a condition's thresholds are written in for a built-in signal.</summary>
public enum SignalUnit
{
    /// <summary>0..1; 0.05 means 5 %.</summary>
    Ratio,

    /// <summary>0..100.</summary>
    Percent,

    Milliseconds,
    RequestsPerMinute,
    CountPerMinute,
    Messages,

    /// <summary>No unit: a state signal.</summary>
    None,
}
