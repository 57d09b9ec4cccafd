using System.CommandLine;
using Pharos.Cli.Infrastructure;
using Pharos.Gates.Deployments;
using Pharos.Gates.Evaluation;
using Pharos.Gates.Policy;

namespace Pharos.Cli.Commands.Gates;

/// <summary>
/// <c>pharos gate pre-deploy --service S --env E</c>: BLOCK (exit 1) on an open availability or error
/// problem on the target, WARN (exit 2) on a performance or resource problem, PROCEED otherwise.
/// </summary>
public sealed class PreDeployCommand(IOContext io, IEnvironmentReader environment, TimeProvider clock)
{
    public static Command Create(IOContext io) => Create(io, new ProcessEnvironmentReader(), TimeProvider.System);

    public static Command Create(IOContext io, IEnvironmentReader environment, TimeProvider clock)
    {
        var options = new GateVerbOptions();
        var command = new Command("pre-deploy", "May we deploy? BLOCK when an availability or error problem is open on the service's entities, WARN on a performance or resource problem.");
        options.AddTo(command);
        command.SetAction((parse, ct) => new PreDeployCommand(io, environment, clock).RunAsync(options.Read(parse, io, environment), ct));
        return command;
    }

    public async Task<int> RunAsync(GateArguments args, CancellationToken cancellationToken)
    {
        var policy = await args.PolicyAsync(io, cancellationToken);
        using var session = GateSession.Open(args.Connection, io);
        var decision = await PreDeployGate.EvaluateAsync(session.Source, args.Target, policy, session.Context(clock), cancellationToken);
        return await DecisionWriter.WriteAsync(decision, args.Report, io, environment, cancellationToken);
    }
}
