using System.CommandLine;
using Pharos.Cli.Commands.Explain;
using Pharos.Cli.Commands.Gates;
using Pharos.Cli.Commands.Generate;
using Pharos.Cli.Commands.Local;
using Pharos.Cli.Commands.Sync;
using Pharos.Cli.Commands.SyncWatch;
using Pharos.Cli.Commands.Test;
using Pharos.Cli.Commands.Up;
using Pharos.Cli.Commands.Validate;
using Pharos.Cli.Infrastructure;

namespace Pharos.Cli;

/// <summary>Composes the command tree and runs it; the one place exceptions become exit codes.</summary>
public static class PharosCli
{
    public static RootCommand CreateRootCommand(IOContext io)
    {
        var root = new RootCommand("Pharos: Dynatrace monitoring as code — compile the catalog, sync it, run it locally, gate deployments.");
        root.Subcommands.Add(UpCommand.Create(io));
        root.Subcommands.Add(ValidateCommand.Create(io));
        root.Subcommands.Add(GenerateCommand.Create(io));
        root.Subcommands.Add(ExplainCommand.Create(io));
        root.Subcommands.Add(PlanCommand.Create(io));
        root.Subcommands.Add(ApplyCommand.Create(io));
        root.Subcommands.Add(DriftCommand.Create(io));
        root.Subcommands.Add(SyncWatchCommand.Create(io));
        root.Subcommands.Add(TestCommand.Create(io));
        root.Subcommands.Add(DeployEventCommand.Create(io));
        root.Subcommands.Add(GateCommand.Create(io));
        root.Subcommands.Add(TraceCommand.Create(io));
        root.Subcommands.Add(LocalCommand.Create(io));
        return root;
    }

    public static async Task<int> InvokeAsync(string[] args, IOContext io, CancellationToken cancellationToken)
    {
        var root = CreateRootCommand(io);
        var parse = root.Parse(args);
        // Gate verbs promise exit 4 for bad input, including what the parser itself rejects.
        if (GateVerbs.ParseErrorExitCode(parse) is { } gateExit)
        {
            foreach (var error in parse.Errors)
            {
                io.Error.WriteLine("error: " + error.Message);
            }

            return gateExit;
        }

        var configuration = new InvocationConfiguration
        {
            Output = io.Output,
            Error = io.Error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (CliException ex)
        {
            io.Error.WriteLine("error: " + ex.Message);
            return ex.ExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            io.Error.WriteLine("cancelled.");
            return 130;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            io.Error.WriteLine("error: " + ex.Message);
            return ExitCodes.Error;
        }
    }
}
