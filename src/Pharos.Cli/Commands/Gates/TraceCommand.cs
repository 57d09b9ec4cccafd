using System.CommandLine;
using Pharos.Cli.Infrastructure;
using Pharos.Gates.Deployments;

namespace Pharos.Cli.Commands.Gates;

/// <summary><c>pharos trace problem ID</c> and <c>pharos trace deployments SERVICE</c>: which deployment came before which problem.</summary>
public static class TraceCommand
{
    public static Command Create(IOContext io) => Create(io, new ProcessEnvironmentReader(), TimeProvider.System);

    /// <param name="environment">Where DT_ENV_URL and DT_API_TOKEN are read.</param>
    public static Command Create(IOContext io, IEnvironmentReader environment, TimeProvider clock)
    {
        var trace = new Command("trace", "Deployment traceability: the deployments before a problem, the problems after each deployment (exit 0, or 4 on error).");
        trace.Subcommands.Add(TraceProblemCommand.Create(io, environment, clock));
        trace.Subcommands.Add(TraceDeploymentsCommand.Create(io, environment, clock));
        return trace;
    }
}
