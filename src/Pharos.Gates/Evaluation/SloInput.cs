using Pharos.Gates.Decisions;

namespace Pharos.Gates.Evaluation;

/// <summary><c>pharos gate slo</c>: <see cref="SloSelector"/> overrides the policy's selector template (e.g. ids from the catalog).</summary>
public sealed record SloInput(GateTarget Target, string? SloSelector = null);
