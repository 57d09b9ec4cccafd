using System.CommandLine;
using Pharos.Cli.Infrastructure;
using Pharos.Gates.Deployments;
using Pharos.Gates.Evaluation;
using Pharos.Gates.Policy;

namespace Pharos.Cli.Commands.Gates;

public sealed record CanaryArguments(GateArguments Gate, string CanaryVersion, string StableVersion);

/// <summary>
/// <c>pharos gate canary --service S --env E --canary V2 --stable V1</c>: ROLLBACK (exit 1) when the
/// canary has clearly more problems or a metric regressed, INCONCLUSIVE (exit 3) on too few samples,
/// PROMOTE otherwise.
/// </summary>
public sealed class CanaryCommand(IOContext io, IEnvironmentReader environment, TimeProvider clock)
{
    public static Command Create(IOContext io) => Create(io, new ProcessEnvironmentReader(), TimeProvider.System);

    public static Command Create(IOContext io, IEnvironmentReader environment, TimeProvider clock)
    {
        var options = new GateVerbOptions();
        var canary = new Option<string?>("--canary") { Description = "The new version (its entities carry [Kubernetes]app.kubernetes.io/version:<version>)." };
        var stable = new Option<string?>("--stable") { Description = "The version running before." };
        var command = new Command("canary", "Promote or roll back? Compares the canary's problems and metrics with the stable version's (Mann-Whitney U).");
        options.AddTo(command);
        command.Options.Add(canary);
        command.Options.Add(stable);
        command.SetAction((parse, ct) => new CanaryCommand(io, environment, clock).RunAsync(
            new CanaryArguments(
                options.Read(parse, io, environment),
                GateInput.Required(parse.GetValue(canary), "--canary", "new version"),
                GateInput.Required(parse.GetValue(stable), "--stable", "version running before")),
            ct));
        return command;
    }

    public async Task<int> RunAsync(CanaryArguments args, CancellationToken cancellationToken)
    {
        if (string.Equals(args.CanaryVersion, args.StableVersion, StringComparison.Ordinal))
        {
            throw GateInput.Bad($"--canary and --stable are both '{args.CanaryVersion}': compare two different versions.");
        }

        var policy = await args.Gate.PolicyAsync(io, cancellationToken);
        using var session = GateSession.Open(args.Gate.Connection, io);
        var decision = await CanaryGate.EvaluateAsync(
            session.Source, new CanaryInput(args.Gate.Target, args.CanaryVersion, args.StableVersion), policy, session.Context(clock), cancellationToken);
        return await DecisionWriter.WriteAsync(decision, args.Gate.Report, io, environment, cancellationToken);
    }
}
