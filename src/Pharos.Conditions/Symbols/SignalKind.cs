namespace Pharos.Conditions.Symbols;

public enum SignalKind
{
    /// <summary>A number compared with a threshold.</summary>
    Numeric,

    /// <summary>One of a fixed set of values, compared with == or !=.</summary>
    State,
}
