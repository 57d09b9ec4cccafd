using Pharos.Core.Diagnostics;
using Pharos.Gates.Data;

namespace Pharos.Gates.Deployments;

/// <summary>
/// A built deployment event: <see cref="Request"/> is null when any diagnostic is an error.
/// <see cref="Ci"/> is what the CI variables said, for the report.
/// </summary>
public sealed record DeploymentEventBuild(EventIngestRequest? Request, CiContext Ci, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
