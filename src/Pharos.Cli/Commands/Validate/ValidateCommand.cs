using System.CommandLine;
using Pharos.Cli.Infrastructure;

namespace Pharos.Cli.Commands.Validate;

public sealed record ValidateArguments(CatalogInput Input, OutputFormat Output);

/// <summary><c>pharos validate</c>: compile the catalog and report every problem; exit 1 on any error.</summary>
public sealed class ValidateCommand(IOContext io)
{
    public static Command Create(IOContext io)
    {
        var input = new CatalogInputOptions();
        var output = CommonOptions.Output();
        var command = new Command("validate", "Check the catalog, its profiles and metrics catalogs; report every problem with file:line:column.");
        input.AddTo(command);
        command.Options.Add(output);
        command.SetAction((parse, ct) => new ValidateCommand(io).RunAsync(new ValidateArguments(input.Read(parse, io), parse.GetValue(output)), ct));
        return command;
    }

    public async Task<int> RunAsync(ValidateArguments args, CancellationToken cancellationToken)
    {
        var result = await args.Input.CompileAsync(cancellationToken);
        var errors = result.Diagnostics.Count(d => d.IsError);
        if (args.Output == OutputFormat.Json)
        {
            JsonOutput.Write(io.Output, w =>
            {
                w.WriteStartObject();
                w.WriteBoolean("valid", !result.HasErrors);
                w.WriteNumber("services", result.Catalog.Services.Count);
                w.WriteNumber("targets", result.Targets.Count);
                w.WriteNumber("errors", errors);
                w.WriteNumber("warnings", result.Diagnostics.Count - errors);
                DiagnosticPrinter.WriteJson(w, result.Diagnostics);
                w.WriteEndObject();
            });
        }
        else
        {
            DiagnosticPrinter.PrintText(io.Error, result.Diagnostics, io.WorkingDirectory);
            if (!result.HasErrors)
            {
                io.Output.WriteLine($"Catalog is valid: {result.Catalog.Services.Count} services, {result.Targets.Count} service × environment × region targets.");
            }
        }

        return result.HasErrors ? ExitCodes.Error : ExitCodes.Success;
    }
}
