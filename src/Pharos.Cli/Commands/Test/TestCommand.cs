using System.CommandLine;
using System.Text.Json;
using Pharos.Cli.Infrastructure;
using Pharos.Evaluation.Settings;
using Pharos.Evaluation.Testing;
using Pharos.Sync.Testing;

namespace Pharos.Cli.Commands.Test;

/// <param name="Files">Full paths of the alert-test files.</param>
/// <param name="MetricsCatalogPath">Full path of a metrics-catalog working copy; null: the one next to each catalog.</param>
public sealed record TestArguments(IReadOnlyList<string> Files, string? MetricsCatalogPath, OutputFormat Output);

/// <summary><c>pharos test FILE…</c>: runs alert unit tests against the settings the catalog would sync.</summary>
public sealed class TestCommand(IOContext io)
{
    public static Command Create(IOContext io)
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Alert-test files (*.alert-test.yaml).", Arity = ArgumentArity.OneOrMore };
        var metrics = CommonOptions.MetricsCatalog();
        var output = CommonOptions.Output();
        var command = new Command("test", "Run alert unit tests: feed metric series through the catalog's metric events, alerting profiles and notifications under a virtual clock.");
        command.Arguments.Add(files);
        command.Options.Add(metrics);
        command.Options.Add(output);
        command.SetAction((parse, ct) =>
        {
            var metricsPath = parse.GetValue(metrics);
            return new TestCommand(io).RunAsync(
                new TestArguments(
                    [.. parse.GetValue(files)!.Select(f => CatalogInputOptions.FullPath(f, io))],
                    metricsPath is null ? null : CatalogInputOptions.FullPath(metricsPath, io),
                    parse.GetValue(output)),
                ct);
        });
        return command;
    }

    public async Task<int> RunAsync(TestArguments args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var result = await AlertTestRunner.RunAsync(args.Files, new CatalogAlertTestResolver(args.MetricsCatalogPath), cancellationToken);
        if (args.Output == OutputFormat.Json)
        {
            JsonOutput.Write(io.Output, w => WriteJson(w, result));
        }
        else
        {
            io.Output.Write(result.Text);
        }

        return result.ExitCode;
    }

    private void WriteJson(Utf8JsonWriter w, AlertTestRunResult result)
    {
        w.WriteStartObject();
        w.WriteNumber("passed", result.Passed);
        w.WriteNumber("failed", result.Failed);
        w.WriteNumber("exitCode", result.ExitCode);
        w.WriteStartArray("cases");
        foreach (var c in result.Cases)
        {
            w.WriteStartObject();
            w.WriteString("file", Path.GetRelativePath(io.WorkingDirectory, c.File));
            w.WriteString("name", c.Name);
            w.WriteNumber("line", c.Location.Line);
            w.WriteBoolean("passed", c.Passed);
            w.WriteString("start", c.Start);
            w.WriteNumber("minutes", c.Minutes);
            w.WriteStartArray("problems");
            foreach (var p in c.Problems)
            {
                w.WriteStartObject();
                w.WriteNumber("at", p.Minute);
                w.WriteString("status", p.Opens ? "open" : "closed");
                w.WriteString("title", p.Title);
                w.WriteString("severity", p.Severity);
                w.WriteString("entity", p.EntityId);
                w.WriteString("entityName", p.EntityName);
                w.WriteString("displayId", p.DisplayId);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("notifications");
            foreach (var n in c.Notifications)
            {
                w.WriteStartObject();
                w.WriteNumber("at", n.Minute);
                w.WriteString("to", n.To);
                w.WriteString("state", WireNames.Of(n.State));
                w.WriteNumber("attempt", n.Attempt);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("differences");
            foreach (var d in c.Differences.Where(d => d.Kind != DiffKind.Matched))
            {
                w.WriteStartObject();
                w.WriteString("kind", d.Kind.ToString().ToLowerInvariant());
                w.WriteString("what", d.What);
                w.WriteString("expected", d.Expected);
                w.WriteString("actual", d.Actual);
                w.WriteString("note", d.Note);
                if (d.Location is { } at)
                {
                    w.WriteNumber("line", at.Line);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("errors");
            foreach (var e in c.Errors)
            {
                w.WriteStringValue(e);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        DiagnosticPrinter.WriteJson(w, result.Diagnostics);
        w.WriteEndObject();
    }
}
