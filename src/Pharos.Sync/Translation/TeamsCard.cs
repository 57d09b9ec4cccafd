using System.Text.Json.Nodes;

using Pharos.Settings;

namespace Pharos.Sync.Translation;

/// <summary>
/// The webhook payload for a Microsoft Teams channel: an Adaptive Card in the message envelope
/// that both Teams Workflows ("when a Teams webhook request is received") and classic incoming
/// webhooks accept. Dynatrace fills the {Placeholders} when it sends the problem.
/// </summary>
internal static class TeamsCard
{
    public static string Payload(ServiceEnvironment context)
    {
        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.4",
            ["msteams"] = new JsonObject { ["width"] = "Full" },
            ["body"] = new JsonArray(
                new JsonObject
                {
                    ["type"] = "TextBlock",
                    ["size"] = "Medium",
                    ["weight"] = "Bolder",
                    ["wrap"] = true,
                    ["text"] = "{State}: {ProblemTitle}",
                },
                new JsonObject
                {
                    ["type"] = "FactSet",
                    ["facts"] = new JsonArray(
                        Fact("Service", context.Service),
                        Fact("Environment", context.Environment),
                        Fact("Problem", "{ProblemID}"),
                        Fact("Severity", "{ProblemSeverity}"),
                        Fact("Impact", "{ProblemImpact}"),
                        Fact("Impacted", "{ImpactedEntity}"),
                        Fact("Tags", "{Tags}")),
                }),
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "Action.OpenUrl",
                ["title"] = "Open in Dynatrace",
                ["url"] = "{ProblemURL}",
            }),
        };
        var message = new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.card.adaptive",
                ["content"] = card,
            }),
        };
        return CanonicalJson.Write(message);
    }

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };
}
