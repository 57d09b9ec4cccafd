using System.Globalization;
using System.Text;
using Pharos.Gates.Decisions;

namespace Pharos.Gates.Reporting;

/// <summary>
/// The terminal report: headline, summary, one block per objective, then the numbered requests the
/// objectives refer to (each request is printed once however many objectives used it).
/// </summary>
public static class TextReport
{
    public static string Render(Decision decision)
    {
        var text = new StringBuilder();
        var requests = decision.Requests;
        text.Append(CultureInfo.InvariantCulture, $"{decision.Gate.Name()} {decision.Target}: {decision.Verdict} (exit {decision.ExitCode})").Append('\n');
        text.Append(decision.Summary).Append('\n');
        if (decision.Window is { } window)
        {
            text.Append(CultureInfo.InvariantCulture, $"window: {Time(window.From)} .. {Time(window.To)}").Append('\n');
        }

        foreach (var objective in decision.Objectives)
        {
            text.Append('\n');
            text.Append(CultureInfo.InvariantCulture, $"  {Label(objective.Outcome),-13}{objective.Name} [{objective.ReasonCode}]").Append('\n');
            Line(text, "value", objective.Value);
            Line(text, "threshold", objective.Threshold);
            Line(text, "why", objective.Message);
            if (objective.Link is not null)
            {
                Line(text, "link", objective.Link);
            }

            if (objective.Requests.Count > 0)
            {
                var numbers = objective.Requests.Select(r => $"[{IndexOf(requests, r) + 1}]");
                Line(text, "request", string.Join(' ', numbers));
            }
        }

        if (decision.Policy.Count > 0)
        {
            text.Append('\n').Append("policy:").Append('\n');
            foreach (var setting in decision.Policy)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {setting.Setting} = {setting.Value}  ← {setting.Source}").Append('\n');
            }
        }

        if (requests.Count > 0)
        {
            text.Append('\n').Append("requests:").Append('\n');
            for (var i = 0; i < requests.Count; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"  [{i + 1}] {requests[i]}").Append('\n');
            }
        }

        return text.ToString();
    }

    internal static string Label(Outcome outcome) => outcome.Word().ToUpperInvariant();

    internal static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    internal static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static void Line(StringBuilder text, string label, string value) =>
        text.Append(CultureInfo.InvariantCulture, $"  {"",-13}{label + ":",-11}{value}").Append('\n');
}
