using System.CommandLine;
using Pharos.Catalog.Explain;
using Pharos.Catalog.Output;
using Pharos.Cli.Infrastructure;

namespace Pharos.Cli.Commands.Explain;

public sealed record ExplainArguments(CatalogInput Input, string Service, string? Environment, string? Region, OutputFormat Output);

/// <summary><c>pharos explain SERVICE</c>: the resolved config with the origin of every item.</summary>
public sealed class ExplainCommand(IOContext io)
{
    public static Command Create(IOContext io)
    {
        var input = new CatalogInputOptions();
        var service = new Argument<string>("service") { Description = "The service to explain." };
        var env = new Option<string?>("--env", "-e") { Description = "Only this environment (e.g. prod or int-stable)." };
        var region = new Option<string?>("--region", "-r") { Description = "Only this region." };
        var output = CommonOptions.Output();
        var command = new Command("explain", "Show a service's resolved monitoring config and which layer and file:line each item came from.");
        command.Arguments.Add(service);
        input.AddTo(command);
        command.Options.Add(env);
        command.Options.Add(region);
        command.Options.Add(output);
        command.SetAction((parse, ct) => new ExplainCommand(io).RunAsync(
            new ExplainArguments(input.Read(parse, io), parse.GetValue(service)!, parse.GetValue(env), parse.GetValue(region), parse.GetValue(output)),
            ct));
        return command;
    }

    public async Task<int> RunAsync(ExplainArguments args, CancellationToken cancellationToken)
    {
        var result = await args.Input.CompileAsync(cancellationToken);
        DiagnosticPrinter.PrintText(io.Error, result.Diagnostics, io.WorkingDirectory);
        var known = result.Catalog.Services.Select(s => s.Name).ToList();
        if (!known.Contains(args.Service))
        {
            throw new CliException($"service '{args.Service}' is not in the catalog.{Pharos.Core.Diagnostics.NameSuggester.DidYouMean(args.Service, known)}");
        }

        var targets = result.Targets
            .Where(t => t.Service == args.Service)
            .Where(t => args.Environment is null || t.Environment.Id == args.Environment || t.Environment.Tier == args.Environment)
            .Where(t => args.Region is null || t.Region == args.Region)
            .ToList();
        if (targets.Count == 0)
        {
            throw new CliException($"service '{args.Service}' has no target for environment '{args.Environment ?? "*"}' and region '{args.Region ?? "*"}'.");
        }

        if (args.Output == OutputFormat.Json)
        {
            io.Output.Write(System.Text.Encoding.UTF8.GetString(OutputTree.ResolvedModel(targets)));
        }
        else
        {
            io.Output.Write(string.Join(Environment.NewLine, targets.Select(ExplainRenderer.Render)));
        }

        return result.HasErrors ? ExitCodes.Error : ExitCodes.Success;
    }
}
