using Pharos.Core.Diagnostics;
using Pharos.Gates.Data;
using Pharos.Gates.Decisions;

namespace Pharos.Gates.Deployments;

/// <summary>
/// What <c>pharos deploy-event</c> did. <see cref="Request"/> is null when the flags were invalid;
/// <see cref="Response"/> is null when nothing was sent or the send failed.
/// </summary>
public sealed record DeploymentEventResult(
    EventIngestRequest? Request,
    EventIngestResponse? Response,
    CiContext Ci,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Response is not null && !Diagnostics.Any(d => d.IsError);

    /// <summary>0 when every matched entity accepted the event, 4 (bad input or unreachable environment) otherwise.</summary>
    public int ExitCode => Succeeded ? GateExitCodes.Pass : GateExitCodes.Error;
}
