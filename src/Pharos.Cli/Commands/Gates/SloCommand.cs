using System.CommandLine;
using Pharos.Cli.Infrastructure;
using Pharos.Gates.Deployments;
using Pharos.Gates.Evaluation;
using Pharos.Gates.Policy;

namespace Pharos.Cli.Commands.Gates;

public sealed record SloArguments(GateArguments Gate, string? SloSelector);

/// <summary>
/// <c>pharos gate slo --service S --env E</c>: FAIL (exit 1) when an SLO of the service fails, its
/// error budget is spent or burns fast, WARN (exit 2) when it is low, PASS otherwise.
/// </summary>
public sealed class SloCommand(IOContext io, IEnvironmentReader environment, TimeProvider clock)
{
    public static Command Create(IOContext io) => Create(io, new ProcessEnvironmentReader(), TimeProvider.System);

    public static Command Create(IOContext io, IEnvironmentReader environment, TimeProvider clock)
    {
        var options = new GateVerbOptions();
        var selector = new Option<string?>("--slo-selector") { Description = "Which SLOs to check (default: text(\"<service>\"))." };
        var command = new Command("slo", "Are the service's SLOs met with error budget left and no fast burn?");
        options.AddTo(command);
        command.Options.Add(selector);
        command.SetAction((parse, ct) => new SloCommand(io, environment, clock).RunAsync(
            new SloArguments(options.Read(parse, io, environment), GateInput.Optional(parse.GetValue(selector))), ct));
        return command;
    }

    public async Task<int> RunAsync(SloArguments args, CancellationToken cancellationToken)
    {
        var policy = await args.Gate.PolicyAsync(io, cancellationToken);
        using var session = GateSession.Open(args.Gate.Connection, io);
        var decision = await SloGate.EvaluateAsync(session.Source, new SloInput(args.Gate.Target, args.SloSelector), policy, session.Context(clock), cancellationToken);
        return await DecisionWriter.WriteAsync(decision, args.Gate.Report, io, environment, cancellationToken);
    }
}
