using System.CommandLine;
using Pharos.Catalog.Output;
using Pharos.Cli.Infrastructure;

namespace Pharos.Cli.Commands.Generate;

public enum GenerateFormat
{
    Kustomize,
    Json,
}

public sealed record GenerateArguments(CatalogInput Input, string OutDirectory, bool Check, GenerateFormat Format, OutputFormat Output);

/// <summary>
/// <c>pharos generate</c>: write the per service × environment × region Kustomize folders (or the
/// resolved model as JSON). Nothing is written when the catalog has errors; <c>--check</c> writes
/// nothing and exits 1 when the folder differs from what the catalog produces.
/// </summary>
public sealed class GenerateCommand(IOContext io)
{
    public static Command Create(IOContext io)
    {
        var input = new CatalogInputOptions();
        var outDir = new Option<DirectoryInfo>("--out")
        {
            Description = "Output folder; pharos owns it and deletes files the catalog no longer produces.",
            DefaultValueFactory = _ => new DirectoryInfo("generated"),
        };
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 listing every missing, stale and extra file (for CI)." };
        var format = new Option<GenerateFormat>("--format")
        {
            Description = "kustomize: the seed's folder layout; json: the resolved model with provenance (resolved.json), which sync reads.",
            DefaultValueFactory = _ => GenerateFormat.Kustomize,
        };
        var output = CommonOptions.Output();
        var command = new Command("generate", "Compile the catalog into per-service, per-environment, per-region monitoring config.");
        input.AddTo(command);
        command.Options.Add(outDir);
        command.Options.Add(check);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction((parse, ct) => new GenerateCommand(io).RunAsync(
            new GenerateArguments(input.Read(parse, io), CatalogInputOptions.ShownPath(parse.GetValue(outDir)!, io), parse.GetValue(check), parse.GetValue(format), parse.GetValue(output)),
            ct));
        return command;
    }

    public async Task<int> RunAsync(GenerateArguments args, CancellationToken cancellationToken)
    {
        var outDir = Path.GetFullPath(args.OutDirectory, io.WorkingDirectory);
        var compiler = args.Input.CreateCompiler();
        var incremental = new IncrementalGeneration(
            args.Input.EffectiveCacheDirectory, outDir, args.Input.CatalogDirectory, $"{args.Format}|{args.Input.MetricsCatalogShown}|{args.Input.CatalogShown}");
        if (!args.Check && await incremental.TryUpToDateAsync(compiler, cancellationToken) is { } upToDate)
        {
            var unchanged = new OutputDifference([], [], [], upToDate.Files.Select(f => f.Path).ToList());
            Report(args, upToDate.WarningDiagnostics(), unchanged, upToDate.Targets, check: false);
            return ExitCodes.Success;
        }

        var result = await args.Input.CompileAsync(compiler, cancellationToken);
        if (result.HasErrors)
        {
            ReportDiagnostics(args, result.Diagnostics);
            return ExitCodes.Error;
        }

        var tree = args.Format == GenerateFormat.Json ? OutputTree.Json(result.Targets) : OutputTree.Kustomize(result.Targets);
        if (OutputDirectory.CheckOwnership(outDir) is { } notOwned)
        {
            ReportDiagnostics(args, [.. result.Diagnostics, notOwned]);
            return ExitCodes.Error;
        }

        if (args.Check)
        {
            var difference = OutputDirectory.Compare(outDir, tree);
            Report(args, result.Diagnostics, difference, result.Targets.Count, check: true);
            return difference.IsClean ? ExitCodes.Success : ExitCodes.Error;
        }

        incremental.Invalidate();
        var written = OutputDirectory.Write(outDir, tree, cancellationToken);
        incremental.Save(result, result.Targets.Count);
        Report(args, result.Diagnostics, written, result.Targets.Count, check: false);
        return ExitCodes.Success;
    }

    private void ReportDiagnostics(GenerateArguments args, IReadOnlyList<Pharos.Core.Diagnostics.Diagnostic> diagnostics)
    {
        if (args.Output == OutputFormat.Json)
        {
            JsonOutput.Write(io.Output, w =>
            {
                w.WriteStartObject();
                w.WriteBoolean("ok", false);
                DiagnosticPrinter.WriteJson(w, diagnostics);
                w.WriteEndObject();
            });
        }
        else
        {
            DiagnosticPrinter.PrintText(io.Error, diagnostics, io.WorkingDirectory);
            io.Error.WriteLine($"Nothing was written to {args.OutDirectory}.");
        }
    }

    private void Report(GenerateArguments args, IReadOnlyList<Pharos.Core.Diagnostics.Diagnostic> diagnostics, OutputDifference difference, int targets, bool check)
    {
        if (args.Output == OutputFormat.Json)
        {
            JsonOutput.Write(io.Output, w =>
            {
                w.WriteStartObject();
                w.WriteBoolean("ok", !check || difference.IsClean);
                w.WriteString("out", args.OutDirectory);
                w.WriteNumber("targets", targets);
                WriteList(w, check ? "missing" : "created", difference.Missing);
                WriteList(w, check ? "stale" : "updated", difference.Stale);
                WriteList(w, check ? "extra" : "deleted", difference.Extra);
                w.WriteNumber("unchanged", difference.Unchanged.Count);
                DiagnosticPrinter.WriteJson(w, diagnostics);
                w.WriteEndObject();
            });
            return;
        }

        DiagnosticPrinter.PrintText(io.Error, diagnostics, io.WorkingDirectory);
        if (check)
        {
            foreach (var (files, state) in new[] { (difference.Missing, "missing"), (difference.Stale, "stale"), (difference.Extra, "extra") })
            {
                foreach (var file in files)
                {
                    io.Output.WriteLine($"{state,-8} {args.OutDirectory}/{file}");
                }
            }

            io.Output.WriteLine(difference.IsClean
                ? $"{args.OutDirectory} is up to date ({targets} targets)."
                : $"{args.OutDirectory} is out of date: {difference.Missing.Count} missing, {difference.Stale.Count} stale, {difference.Extra.Count} extra. Run 'pharos generate' and commit the result.");
            return;
        }

        io.Output.WriteLine($"Generated {targets} targets into {args.OutDirectory}: {difference.Missing.Count} created, {difference.Stale.Count} updated, {difference.Extra.Count} deleted, {difference.Unchanged.Count} unchanged.");
    }

    private static void WriteList(System.Text.Json.Utf8JsonWriter w, string name, IReadOnlyList<string> files)
    {
        w.WriteStartArray(name);
        foreach (var file in files)
        {
            w.WriteStringValue(file);
        }

        w.WriteEndArray();
    }
}
