using System.Text;
using Pharos.Gates.Decisions;

namespace Pharos.Gates.Reporting;

/// <summary>
/// GitHub Actions workflow commands: <c>::error</c> for FAIL and ERROR objectives,
/// <c>::warning</c> for WARNING and INCONCLUSIVE ones, worst first. Data escapes %, CR and LF;
/// properties also escape ':' and ','. Passing and info objectives produce nothing.
/// </summary>
public static class GitHubAnnotations
{
    public static string Render(Decision decision)
    {
        var text = new StringBuilder();
        var annotated = decision.Objectives
            .Select((o, i) => (Objective: o, Index: i))
            .Where(x => x.Objective.Outcome is Outcome.Fail or Outcome.Error or Outcome.Warning or Outcome.Inconclusive)
            .OrderByDescending(x => x.Objective.Outcome)
            .ThenBy(x => x.Index);
        foreach (var (objective, _) in annotated)
        {
            var command = objective.Outcome is Outcome.Fail or Outcome.Error ? "error" : "warning";
            var title = $"pharos gate {decision.Gate.Name()} {decision.Verdict}: {objective.Name}";
            var message = $"{objective.Message} Value: {objective.Value}. Threshold: {objective.Threshold}. [{objective.ReasonCode}]";
            if (objective.Link is not null)
            {
                message += $" {objective.Link}";
            }

            text.Append("::").Append(command).Append(" title=").Append(Property(title)).Append("::").Append(Data(message)).Append('\n');
        }

        return text.ToString();
    }

    public static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    public static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
