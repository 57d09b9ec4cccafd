using System.CommandLine;
using Pharos.Cli.Infrastructure;
using Pharos.Gates.Decisions;
using Pharos.Gates.Deployments;
using Pharos.Gates.Traceability;
using Pharos.Sync.Gates;

namespace Pharos.Cli.Commands.Gates;

public sealed record TraceDeploymentsArguments(GateTarget Target, TimeSpan Since, GateConnectionArguments Connection, OutputFormat Output);

/// <summary>
/// <c>pharos trace deployments SERVICE [--env E]</c>: the service's deployments, oldest first, each with
/// the problems that started after it and before the next one.
/// </summary>
public sealed class TraceDeploymentsCommand(IOContext io, TimeProvider clock)
{
    public static readonly TimeSpan DefaultSince = TimeSpan.FromDays(30);

    public static Command Create(IOContext io) => Create(io, new ProcessEnvironmentReader(), TimeProvider.System);

    public static Command Create(IOContext io, IEnvironmentReader environment, TimeProvider clock)
    {
        var service = new Argument<string>("service") { Description = "The catalog service." };
        var env = new Option<string?>("--env", "-e") { Description = "Only this catalog environment (default: all)." };
        var selector = new Option<string?>("--entity-selector") { Description = "Use this entity selector instead of the service's tags." };
        var since = new Option<string?>("--since") { Description = "How far back to list deployments (default 30d)." };
        var connection = new GateConnectionOptions();
        var output = new Option<string?>("--output", "-o") { Description = "stdout format: text (default) or json." };
        var command = new Command("deployments", "The service's deployments, each with the problems that followed it.");
        command.Arguments.Add(service);
        command.Options.Add(env);
        command.Options.Add(selector);
        command.Options.Add(since);
        connection.AddTo(command);
        command.Options.Add(output);
        command.SetAction((parse, ct) =>
        {
            var name = GateInput.Required(parse.GetValue(service), "SERVICE", "catalog service");
            var environmentId = GateInput.Optional(parse.GetValue(env));
            var entitySelector = GateInput.Optional(parse.GetValue(selector));
            var target = environmentId is null ? GateTargets.ForAllEnvironments(name, entitySelector) : GateTargets.For(name, environmentId, entitySelector);
            return new TraceDeploymentsCommand(io, clock).RunAsync(
                new TraceDeploymentsArguments(
                    target,
                    GateInput.Duration(parse.GetValue(since), "--since") ?? DefaultSince,
                    connection.Read(parse, environment),
                    GateInput.Output(parse.GetValue(output))),
                ct);
        });
        return command;
    }

    public async Task<int> RunAsync(TraceDeploymentsArguments args, CancellationToken cancellationToken)
    {
        using var session = GateSession.Open(args.Connection, io);
        var now = clock.GetUtcNow();
        var window = new TimeWindow(now - args.Since, now);
        var result = await TraceQueries.DeploymentsAsync(session.Source, args.Target, window, clock, cancellationToken);
        if (args.Output == OutputFormat.Json)
        {
            TraceJson.WriteDeployments(io.Output, args.Target, window, result, session.EnvironmentUrl);
        }
        else
        {
            DiagnosticPrinter.PrintText(io.Error, result.Diagnostics, io.WorkingDirectory);
            if (result.Value is { } deployments)
            {
                TraceText.WriteDeployments(io.Output, args.Target, window, deployments, session.EnvironmentUrl);
            }

            TraceText.WriteRequests(io.Output, result.Requests);
        }

        return result.ExitCode;
    }
}
