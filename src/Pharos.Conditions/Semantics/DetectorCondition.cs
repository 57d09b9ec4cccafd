using Pharos.Conditions.Symbols;

namespace Pharos.Conditions.Semantics;

/// <summary>
/// A built-in detector. <see cref="Signal"/> is set for <see cref="DetectorKind.Anomaly"/> only,
/// <see cref="Duration"/> for <see cref="DetectorKind.SlowDatabaseQueries"/> only.
/// </summary>
public sealed record DetectorCondition(DetectorKind Kind, BuiltInSignal? Signal, TimeSpan? Duration) : AlertCondition;
