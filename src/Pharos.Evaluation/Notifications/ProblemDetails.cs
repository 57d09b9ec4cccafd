using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Pharos.Evaluation.Entities;
using Pharos.Evaluation.Problems;
using Pharos.Evaluation.Settings;

namespace Pharos.Evaluation.Notifications;

/// <summary>
/// The problem-details documents behind {ProblemDetailsJSON} (classic, v1-like field names), {ProblemDetailsJSONv2}
/// (the Problems API v2 object), {ProblemDetailsText}, {ProblemDetailsHTML} and {ProblemDetailsMarkdown}.
/// </summary>
public static class ProblemDetails
{
    public static JsonObject Json(Problem p, NotificationState state, string url) => new()
    {
        ["PID"] = p.ProblemId,
        ["ProblemID"] = p.DisplayId,
        ["ProblemTitle"] = p.Title,
        ["State"] = WireNames.Of(state),
        ["ProblemImpact"] = ProblemPlaceholders.WebhookImpact(p.ImpactLevel),
        ["ProblemSeverity"] = WireNames.Of(p.SeverityLevel),
        ["ProblemURL"] = url,
        ["StartTime"] = p.StartTime.ToUnixTimeMilliseconds(),
        ["EndTime"] = p.EndTime?.ToUnixTimeMilliseconds() ?? -1,
        ["UnderMaintenance"] = p.UnderMaintenance,
        ["RootCauseEntity"] = p.RootCauseEntity is { } root ? Stub(root) : null,
        ["ImpactedEntities"] = new JsonArray([.. p.ImpactedEntities.Select(e => (JsonNode)Stub(e))]),
        ["Tags"] = new JsonArray([.. p.EntityTags.Select(t => (JsonNode)JsonValue.Create(t))]),
        ["Events"] = new JsonArray([.. p.EvidenceDetails.Select(e => (JsonNode)new JsonObject
        {
            ["eventId"] = e.EventId,
            ["eventType"] = e.EventType,
            ["title"] = e.DisplayName,
            ["entity"] = Stub(e.Entity),
            ["startTime"] = e.StartTime.ToUnixTimeMilliseconds(),
            ["endTime"] = e.EndTime?.ToUnixTimeMilliseconds() ?? -1,
            ["description"] = e.Data.Description,
        })]),
    };

    public static JsonObject JsonV2(Problem p) => new()
    {
        ["problemId"] = p.ProblemId,
        ["displayId"] = p.DisplayId,
        ["title"] = p.Title,
        ["impactLevel"] = WireNames.Of(p.ImpactLevel),
        ["severityLevel"] = WireNames.Of(p.SeverityLevel),
        ["status"] = WireNames.Of(p.Status),
        ["affectedEntities"] = new JsonArray([.. p.AffectedEntities.Select(e => (JsonNode)ApiStub(e))]),
        ["impactedEntities"] = new JsonArray([.. p.ImpactedEntities.Select(e => (JsonNode)ApiStub(e))]),
        ["rootCauseEntity"] = p.RootCauseEntity is { } root ? ApiStub(root) : null,
        ["managementZones"] = new JsonArray([.. p.ManagementZones.Select(z => (JsonNode)new JsonObject { ["id"] = z.Id, ["name"] = z.Name })]),
        ["entityTags"] = new JsonArray([.. p.EntityTags.Select(t => (JsonNode)new JsonObject { ["stringRepresentation"] = t })]),
        ["problemFilters"] = new JsonArray(),
        ["startTime"] = p.StartTime.ToUnixTimeMilliseconds(),
        ["endTime"] = p.EndTime?.ToUnixTimeMilliseconds() ?? -1,
        ["evidenceDetails"] = new JsonObject
        {
            ["totalCount"] = p.EvidenceDetails.Count,
            ["details"] = new JsonArray([.. p.EvidenceDetails.Select(e => (JsonNode)new JsonObject
            {
                ["evidenceType"] = e.EvidenceType,
                ["displayName"] = e.DisplayName,
                ["entity"] = ApiStub(e.Entity),
                ["rootCauseRelevant"] = e.RootCauseRelevant,
                ["startTime"] = e.StartTime.ToUnixTimeMilliseconds(),
                ["eventId"] = e.EventId,
                ["eventType"] = e.EventType,
                ["endTime"] = e.EndTime?.ToUnixTimeMilliseconds() ?? -1,
            })]),
        },
    };

    public static string Text(Problem p, NotificationState state, string url)
    {
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"Problem {p.DisplayId}: {p.Title}\n");
        b.Append(CultureInfo.InvariantCulture, $"State: {WireNames.Of(state)}\nSeverity: {WireNames.Of(p.SeverityLevel)}\nImpact: {ProblemPlaceholders.WebhookImpact(p.ImpactLevel)}\n");
        b.Append(CultureInfo.InvariantCulture, $"Started: {Time(p.StartTime)}\n");
        if (p.EndTime is { } end)
        {
            b.Append(CultureInfo.InvariantCulture, $"Ended: {Time(end)}\n");
        }

        if (p.RootCauseEntity is { } root)
        {
            b.Append(CultureInfo.InvariantCulture, $"Root cause: {root.Name} ({root.Id})\n");
        }

        b.Append("Impacted: ").Append(string.Join(", ", p.ImpactedEntities.Select(e => $"{e.Name} ({e.Id})"))).Append('\n');
        foreach (var e in p.EvidenceDetails)
        {
            b.Append(CultureInfo.InvariantCulture, $"- {e.DisplayName} on {e.Entity.Name} since {Time(e.StartTime)}{(e.EndTime is { } t ? " until " + Time(t) : "")}\n");
        }

        return b.Append(url).ToString();
    }

    public static string Markdown(Problem p, NotificationState state, string url)
    {
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"**{WireNames.Of(state)} Problem [{p.DisplayId}]({url}): {p.Title}**\n\n");
        b.Append(CultureInfo.InvariantCulture, $"Severity: {WireNames.Of(p.SeverityLevel)} · Impact: {ProblemPlaceholders.WebhookImpact(p.ImpactLevel)} · Started: {Time(p.StartTime)}\n\n");
        foreach (var e in p.EvidenceDetails)
        {
            b.Append(CultureInfo.InvariantCulture, $"- {e.DisplayName} on *{e.Entity.Name}*\n");
        }

        return b.ToString();
    }

    public static string Html(Problem p, NotificationState state, string url)
    {
        static string H(string s) => WebUtility.HtmlEncode(s);
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"<h2>{H(WireNames.Of(state))} Problem <a href=\"{H(url)}\">{H(p.DisplayId)}</a>: {H(p.Title)}</h2>\n");
        b.Append(CultureInfo.InvariantCulture, $"<p>Severity: {H(WireNames.Of(p.SeverityLevel))}<br>Impact: {H(ProblemPlaceholders.WebhookImpact(p.ImpactLevel))}<br>Started: {H(Time(p.StartTime))}</p>\n<ul>\n");
        foreach (var e in p.EvidenceDetails)
        {
            b.Append(CultureInfo.InvariantCulture, $"<li>{H(e.DisplayName)} on {H(e.Entity.Name)}</li>\n");
        }

        return b.Append("</ul>").ToString();
    }

    private static JsonObject Stub(EntityInfo e) => new() { ["type"] = e.Type, ["name"] = e.Name, ["entity"] = e.Id };

    private static JsonObject ApiStub(EntityInfo e) => new()
    {
        ["entityId"] = new JsonObject { ["id"] = e.Id, ["type"] = e.Type },
        ["name"] = e.Name,
    };

    private static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
