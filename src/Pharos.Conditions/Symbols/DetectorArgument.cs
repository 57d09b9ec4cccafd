namespace Pharos.Conditions.Symbols;

/// <summary>What a detector takes between its parentheses.</summary>
public enum DetectorArgument
{
    None,

    /// <summary>A built-in signal that supports anomaly detection.</summary>
    Signal,

    /// <summary>A positive duration such as 200ms.</summary>
    Duration,
}
