using System.CommandLine;
using Pharos.Cli.Infrastructure;
using Pharos.Gates.Deployments;

namespace Pharos.Cli.Commands.Gates;

/// <summary><c>pharos gate pre-deploy | post-deploy | canary | slo</c>.</summary>
public static class GateCommand
{
    public static Command Create(IOContext io) => Create(io, new ProcessEnvironmentReader(), TimeProvider.System);

    /// <param name="environment">Where DT_ENV_URL, DT_API_TOKEN, GITHUB_ACTIONS and GITHUB_STEP_SUMMARY are read.</param>
    public static Command Create(IOContext io, IEnvironmentReader environment, TimeProvider clock)
    {
        var gate = new Command("gate", "Delivery gates: exit 0 pass, 1 fail, 2 warning, 3 inconclusive, 4 error (unreachable environment or bad input).");
        gate.Subcommands.Add(PreDeployCommand.Create(io, environment, clock));
        gate.Subcommands.Add(PostDeployCommand.Create(io, environment, clock));
        gate.Subcommands.Add(CanaryCommand.Create(io, environment, clock));
        gate.Subcommands.Add(SloCommand.Create(io, environment, clock));
        return gate;
    }
}
