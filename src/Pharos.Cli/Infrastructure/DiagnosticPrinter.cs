using System.Text.Json;
using Pharos.Core.Diagnostics;

namespace Pharos.Cli.Infrastructure;

/// <summary>
/// Prints diagnostics the way compilers do — <c>file:line:col: error CODE: message</c> — followed by
/// the offending source line and a caret when the file can be read.
/// </summary>
public static class DiagnosticPrinter
{
    public static void PrintText(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, string workingDirectory)
    {
        var cache = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        foreach (var d in diagnostics)
        {
            writer.WriteLine(d.ToString());
            if (d.Location is { } at && Excerpt(at, cache, workingDirectory) is { } line)
            {
                writer.WriteLine("    " + line.Replace('\t', ' '));
                writer.WriteLine("    " + new string(' ', Math.Max(0, Math.Min(at.Column - 1, line.Length))) + "^");
            }
        }

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        if (errors + warnings > 0)
        {
            writer.WriteLine($"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}.");
        }
    }

    public static void WriteJson(Utf8JsonWriter w, IReadOnlyList<Diagnostic> diagnostics)
    {
        w.WriteStartArray("diagnostics");
        foreach (var d in diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("code", d.Code);
            w.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            w.WriteString("message", d.Message);
            if (d.Location is { } at)
            {
                w.WriteString("file", at.File);
                w.WriteNumber("line", at.Line);
                w.WriteNumber("column", at.Column);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string? Excerpt(SourceLocation at, Dictionary<string, string[]?> cache, string workingDirectory)
    {
        if (!cache.TryGetValue(at.File, out var lines))
        {
            var path = Path.Combine(workingDirectory, at.File);
            lines = File.Exists(path) ? File.ReadAllLines(path) : null;
            cache[at.File] = lines;
        }

        return lines is not null && at.Line >= 1 && at.Line <= lines.Length ? lines[at.Line - 1] : null;
    }
}
