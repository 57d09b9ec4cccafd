using Pharos.Gates.Decisions;

namespace Pharos.Gates.Evaluation;

/// <summary>
/// <c>pharos gate post-deploy</c>: <see cref="Since"/> is <c>--since</c>; without it the gate uses
/// the target's latest deployment event and its entities.
/// </summary>
public sealed record PostDeployInput(GateTarget Target, DateTimeOffset? Since = null);
