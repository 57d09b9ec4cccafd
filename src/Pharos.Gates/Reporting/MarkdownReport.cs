using System.Globalization;
using System.Text;
using Pharos.Gates.Decisions;

namespace Pharos.Gates.Reporting;

/// <summary>
/// A Markdown summary: headline with the verdict, the summary, a table of every objective and the
/// numbered requests. Table cells are escaped so that values with '|' or line breaks cannot break
/// the table.
/// </summary>
public static class MarkdownReport
{
    public static string Render(Decision decision)
    {
        var requests = decision.Requests;
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"### {Icon(decision.Outcome)} `pharos gate {decision.Gate.Name()}`: {decision.Verdict} — {Cell(decision.Target.ToString())}").Append("\n\n");
        md.Append(Cell(decision.Summary)).Append("\n\n");
        md.Append("| Result | Objective | Value | Threshold | Reason | Request |\n");
        md.Append("|---|---|---|---|---|---|\n");
        foreach (var objective in decision.Objectives)
        {
            var name = objective.Link is null ? Cell(objective.Name) : $"[{Cell(objective.Name)}]({objective.Link})";
            var numbers = string.Join(' ', objective.Requests.Select(r => $"[{TextReport.IndexOf(requests, r) + 1}]"));
            md.Append(CultureInfo.InvariantCulture,
                $"| {Icon(objective.Outcome)} {objective.Outcome.Word()} | {name} | {Cell(objective.Value)} | {Cell(objective.Threshold)} | `{objective.ReasonCode}` | {numbers} |").Append('\n');
        }

        if (requests.Count > 0)
        {
            md.Append("\n<details><summary>Requests</summary>\n\n");
            for (var i = 0; i < requests.Count; i++)
            {
                md.Append(CultureInfo.InvariantCulture, $"{i + 1}. {Code(requests[i])}").Append('\n');
            }

            md.Append("\n</details>\n");
        }

        if (decision.Policy.Count > 0)
        {
            md.Append("\n<details><summary>Policy</summary>\n\n| Setting | Value | Source |\n|---|---|---|\n");
            foreach (var setting in decision.Policy)
            {
                md.Append(CultureInfo.InvariantCulture, $"| `{setting.Setting}` | {Cell(setting.Value)} | {Cell(setting.Source)} |").Append('\n');
            }

            md.Append("\n</details>\n");
        }

        md.Append('\n').Append(CultureInfo.InvariantCulture, $"Exit code {decision.ExitCode} · evaluated {TextReport.Time(decision.EvaluatedAt)}").Append('\n');
        return md.ToString();
    }

    private static string Icon(Outcome outcome) => outcome switch
    {
        Outcome.Pass => "✅",
        Outcome.Warning => "⚠️",
        Outcome.Inconclusive => "❔",
        Outcome.Error => "🛑",
        Outcome.Fail => "❌",
        _ => "ℹ️",
    };

    private static string Cell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r", "", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal);

    // A code span needs a fence longer than any run of backticks inside it.
    private static string Code(string text)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = longest > 0 ? " " : "";
        return fence + pad + text.Replace("\n", " ", StringComparison.Ordinal) + pad + fence;
    }
}
