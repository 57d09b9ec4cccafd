using System.Text.Json.Nodes;
using Pharos.Evaluation.Problems;
using Pharos.Evaluation.Settings;

namespace Pharos.Evaluation.Notifications;

/// <summary>
/// A Microsoft Teams incoming-webhook payload. Dynatrace's classic notifications have no Teams type: Teams is a
/// WEBHOOK with a Teams JSON payload (reference dynatrace-api.md §3.4). <see cref="Template"/> is such a payload
/// (legacy "MessageCard" with placeholders) for a <c>webHookNotification.payload</c>; <see cref="Build"/> renders the
/// same card directly.
/// </summary>
public static class TeamsMessageCard
{
    public const string Template = """
        {
          "@type": "MessageCard",
          "@context": "https://schema.org/extensions",
          "summary": "{State} Problem {ProblemID}: {ProblemTitle}",
          "themeColor": "D32F2F",
          "title": "{State} Problem {ProblemID}: {ProblemTitle}",
          "sections": [
            {
              "activityTitle": "{ProblemTitle}",
              "activitySubtitle": "{ProblemSeverity} · impact {ProblemImpact}",
              "facts": [
                { "name": "State", "value": "{State}" },
                { "name": "Impacted", "value": "{ImpactedEntityNames}" },
                { "name": "Tags", "value": "{Tags}" }
              ],
              "text": "{ProblemDetailsMarkdown}"
            }
          ],
          "potentialAction": [
            { "@type": "OpenUri", "name": "Open problem", "targets": [ { "os": "default", "uri": "{ProblemURL}" } ] }
          ]
        }
        """;

    public static JsonObject Build(Problem problem, NotificationState state, NotificationRenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var rendered = PayloadRenderer.Render(Template, ProblemPlaceholders.For(problem, state, options), json: true);
        var card = JsonNode.Parse(rendered)!.AsObject();
        card["themeColor"] = state == NotificationState.Resolved ? "2E7D32" : WireNames.Of(problem.SeverityLevel) == "AVAILABILITY" ? "B71C1C" : "D32F2F";
        return card;
    }
}
