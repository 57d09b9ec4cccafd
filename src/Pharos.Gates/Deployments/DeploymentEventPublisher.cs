using Pharos.Core.Diagnostics;
using Pharos.Gates.Data;
using Pharos.Gates.Diagnostics;

namespace Pharos.Gates.Deployments;

/// <summary>Builds, validates, sends and checks one deployment event.</summary>
public static class DeploymentEventPublisher
{
    public static async Task<DeploymentEventResult> PublishAsync(
        DeploymentEventInput input,
        IEnvironmentReader environment,
        IEventSender sender,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var build = DeploymentEventBuilder.Build(input, environment, clock);
        if (build.Request is null)
        {
            return new DeploymentEventResult(null, null, build.Ci, build.Diagnostics);
        }

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(build.Diagnostics);
        EventIngestResponse response;
        try
        {
            response = await sender.SendAsync(build.Request, cancellationToken).ConfigureAwait(false);
        }
        catch (GateDataException e)
        {
            diagnostics.Add(GateDiagnostics.SendFailed(e.Message));
            return new DeploymentEventResult(build.Request, null, build.Ci, diagnostics.ToSortedList());
        }

        IngestResultChecker.Check(build.Request, response, diagnostics);
        return new DeploymentEventResult(build.Request, response, build.Ci, diagnostics.ToSortedList());
    }
}
