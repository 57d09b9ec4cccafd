using System.Text.Json.Nodes;
using Pharos.Evaluation.Problems;
using Pharos.Evaluation.Settings;

namespace Pharos.Evaluation.Notifications;

/// <summary>One placeholder's value; <see cref="IsJson"/> values are JSON documents and go into payloads unquoted.</summary>
public readonly record struct PlaceholderValue(string Text, bool IsJson);

/// <summary>
/// The values of Dynatrace's problem-notification placeholders [DOCS "Webhook integration", available
/// placeholders]: {ImpactedEntities} (JSON), {ImpactedEntity}, {ImpactedEntityNames}, {NamesOfImpactedEntities},
/// {PID}, {ProblemDetailsHTML}, {ProblemDetailsJSON} (JSON), {ProblemDetailsJSONv2} (JSON),
/// {ProblemDetailsMarkdown}, {ProblemDetailsText}, {ProblemID}, {ProblemImpact}, {ProblemSeverity},
/// {ProblemTitle}, {ProblemURL}, {State}, {Tags}.
/// </summary>
public static class ProblemPlaceholders
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "ImpactedEntities", "ImpactedEntity", "ImpactedEntityNames", "NamesOfImpactedEntities", "PID", "ProblemDetailsHTML",
        "ProblemDetailsJSON", "ProblemDetailsJSONv2", "ProblemDetailsMarkdown", "ProblemDetailsText", "ProblemID", "ProblemImpact",
        "ProblemSeverity", "ProblemTitle", "ProblemURL", "State", "Tags",
    ];

    public static IReadOnlyDictionary<string, PlaceholderValue> For(Problem problem, NotificationState state, NotificationRenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        var names = string.Join(", ", problem.ImpactedEntities.Select(e => e.Name));
        var url = ProblemUrl(problem, options);
        return new Dictionary<string, PlaceholderValue>(StringComparer.Ordinal)
        {
            ["ImpactedEntities"] = new(new JsonArray([.. problem.ImpactedEntities.Select(e => (JsonNode)new JsonObject
            {
                ["type"] = e.Type,
                ["name"] = e.Name,
                ["entity"] = e.Id,
            })]).ToJsonString(), true),
            ["ImpactedEntity"] = new(names, false),
            ["ImpactedEntityNames"] = new(names, false),
            ["NamesOfImpactedEntities"] = new(names, false),
            ["PID"] = new(problem.ProblemId, false),
            ["ProblemDetailsHTML"] = new(ProblemDetails.Html(problem, state, url), false),
            ["ProblemDetailsJSON"] = new(ProblemDetails.Json(problem, state, url).ToJsonString(), true),
            ["ProblemDetailsJSONv2"] = new(ProblemDetails.JsonV2(problem).ToJsonString(), true),
            ["ProblemDetailsMarkdown"] = new(ProblemDetails.Markdown(problem, state, url), false),
            ["ProblemDetailsText"] = new(ProblemDetails.Text(problem, state, url), false),
            ["ProblemID"] = new(problem.DisplayId, false),
            ["ProblemImpact"] = new(WebhookImpact(problem.ImpactLevel), false),
            ["ProblemSeverity"] = new(WireNames.Of(problem.SeverityLevel), false),
            ["ProblemTitle"] = new(problem.Title, false),
            ["ProblemURL"] = new(url, false),
            ["State"] = new(WireNames.Of(state), false),
            ["Tags"] = new(string.Join(", ", problem.EntityTags), false),
        };
    }

    public static string ProblemUrl(Problem problem, NotificationRenderOptions options) =>
        options.ProblemUrlBase.TrimEnd('/') + "/#problems/problemdetails;pid=" + Uri.EscapeDataString(problem.ProblemId);

    /// <summary>Webhooks say SERVICE where the Problems API v2 says SERVICES (reference peers-gates-slo-sre.md §6.1).</summary>
    public static string WebhookImpact(ImpactLevel level) => level == ImpactLevel.Services ? "SERVICE" : WireNames.Of(level);
}
