using System.Globalization;
using System.Text;
using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Notifications;
using Pharos.Evaluation.Settings;

namespace Pharos.Evaluation.Testing;

/// <summary>
/// Renders test results for a terminal: per file, a ✓/✗ line per case; for a failing case the comparison table
/// (expected vs fired, with how far off), the delivery log when notifications differ, and a timeline of the
/// input series with fired and expected problem marks. Diagnostics come first, with the offending line.
/// </summary>
public static class AlertTestReport
{
    public static string Render(IReadOnlyList<AlertTestCaseResult> cases, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyDictionary<string, string> sources)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var b = new StringBuilder();
        foreach (var d in diagnostics)
        {
            b.Append(d).Append('\n');
            if (d.Location is { } at && sources.TryGetValue(at.File, out var text) && Line(text, at.Line) is { } line)
            {
                b.Append("    ").Append(line).Append('\n');
                b.Append("    ").Append(new string(' ', Math.Max(0, at.Column - 1))).Append("^\n");
            }
        }

        if (diagnostics.Count > 0 && cases.Count > 0)
        {
            b.Append('\n');
        }

        foreach (var file in cases.GroupBy(c => c.File))
        {
            b.Append(file.Key).Append('\n');
            foreach (var c in file)
            {
                Case(b, c);
            }
        }

        var passed = cases.Count(c => c.Passed);
        var errors = diagnostics.Count(d => d.IsError);
        b.Append('\n').Append(Count(cases.Count, "test")).Append(": ").Append(passed.ToString(CultureInfo.InvariantCulture)).Append(" passed, ")
            .Append((cases.Count - passed).ToString(CultureInfo.InvariantCulture)).Append(" failed");
        if (errors > 0)
        {
            b.Append(", ").Append(Count(errors, "error")).Append(" in test files");
        }

        return b.Append('\n').ToString();
    }

    private static void Case(StringBuilder b, AlertTestCaseResult c)
    {
        var summary = $"{c.Minutes} min: {Count(c.Problems.Count, "problem change")}, {Count(c.Notifications.Count, "notification")}";
        b.Append(c.Passed ? "  ✓ " : "  ✗ ").Append(c.Name).Append(" (").Append(summary).Append(")\n");
        if (c.Passed)
        {
            return;
        }

        b.Append("      at ").Append(c.Location).Append('\n');
        foreach (var error in c.Errors)
        {
            b.Append("      error: ").Append(error).Append('\n');
        }

        Table(b, "problems", c.Differences.Where(d => !d.What.Contains('→', StringComparison.Ordinal)).ToList());
        var notifications = c.Differences.Where(d => d.What.Contains('→', StringComparison.Ordinal)).ToList();
        Table(b, "notifications", notifications);
        if (notifications.Exists(d => d.Kind != DiffKind.Matched) && c.DeliveryLog.Count > 0)
        {
            b.Append("      delivery log\n");
            foreach (var e in c.DeliveryLog)
            {
                b.Append("        ").Append(ExpectationComparer.Minute((e.At - c.Start).TotalMinutes).PadRight(8)).Append(Log(e)).Append('\n');
            }
        }

        Timeline.Render(b, c);
    }

    private static void Table(StringBuilder b, string title, List<ExpectationDiff> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var width = Math.Min(60, rows.Max(r => r.What.Length));
        b.Append("      ").Append(title.PadRight(width + 6)).Append("expected  fired\n");
        foreach (var r in rows)
        {
            var mark = r.Kind switch
            {
                DiffKind.Matched => "✓",
                DiffKind.Unexpected => "+",
                DiffKind.Missing => "-",
                _ => "✗",
            };
            var what = r.What.Length > width ? r.What[..(width - 1)] + "…" : r.What;
            var line = new StringBuilder("        ").Append(mark).Append(' ').Append(what.PadRight(width + 2))
                .Append(r.Expected.PadRight(10)).Append(r.Actual.PadRight(7));
            if (r.Note.Length > 0 && r.Kind != DiffKind.Matched)
            {
                line.Append("← ").Append(r.Note);
            }

            if (r.Location is { } at && r.Kind != DiffKind.Matched)
            {
                line.Append(" (line ").Append(at.Line.ToString(CultureInfo.InvariantCulture)).Append(')');
            }

            b.Append(line.ToString().TrimEnd()).Append('\n');
        }
    }

    private static string Log(DeliveryLogEntry e)
    {
        var text = $"{WireNames.Of(e.State)} → {e.NotificationName}, attempt {e.Attempt}: {WireNames.Of(e.Outcome).ToLowerInvariant().Replace('_', ' ')}";
        if (e.Detail is { Length: > 0 } detail)
        {
            text += $" ({detail})";
        }

        return e.NextAttemptAt is { } next ? text + $", retry after {(next - e.At).TotalSeconds.ToString(CultureInfo.InvariantCulture)} s" : text;
    }

    private static string? Line(string text, int line)
    {
        var lines = text.Split('\n');
        return line >= 1 && line <= lines.Length ? lines[line - 1].TrimEnd('\r') : null;
    }

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");
}
