namespace Pharos.Conditions.Semantics;

/// <summary>
/// What a condition means, independent of any output format: a translator pattern-matches on
/// <see cref="ThresholdCondition"/>, <see cref="StateCondition"/> and <see cref="DetectorCondition"/>.
/// </summary>
public abstract record AlertCondition;
