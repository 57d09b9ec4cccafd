using System.Text.Json.Nodes;
using Pharos.Local.Entities;
using Pharos.Local.Events;
using Pharos.Local.Storage.Events;
using Pharos.Local.Storage.Problems;

namespace Pharos.Local.Problems;

/// <summary>Renders problems, comments and evidence as the Problems API v2 does.</summary>
internal static class ProblemJson
{
    public static IReadOnlyList<string> OptionalFields { get; } = ["evidenceDetails", "impactAnalysis", "recentComments"];

    public static JsonObject Render(
        StoredProblem p, long nowMillis, IReadOnlyCollection<string> fields, IReadOnlyList<StoredEvent> events, IReadOnlyList<StoredComment> comments)
    {
        var stubs = p.Entities.Select(e => (JsonNode)EntityJson.Stub(e)).ToArray();
        var json = new JsonObject
        {
            ["problemId"] = p.ProblemId,
            ["displayId"] = p.DisplayId,
            ["title"] = p.Title,
            ["impactLevel"] = p.ImpactLevel,
            ["severityLevel"] = p.SeverityLevel,
            ["status"] = p.IsOpen(nowMillis) ? "OPEN" : "CLOSED",
            ["affectedEntities"] = new JsonArray(stubs),
            ["impactedEntities"] = new JsonArray(stubs.Select(s => s!.DeepClone()).ToArray()),
            ["rootCauseEntity"] = null,
            ["managementZones"] = EntityJson.Zones(p.Entities.SelectMany(e => e.ManagementZones).Distinct()),
            ["entityTags"] = EntityJson.Tags(p.Entities.SelectMany(e => e.Tags).Distinct()),
            ["problemFilters"] = new JsonArray(),
            ["startTime"] = p.StartMillis,
            ["endTime"] = p.EndMillis(nowMillis),
        };
        if (fields.Contains("evidenceDetails"))
        {
            json["evidenceDetails"] = new JsonObject
            {
                ["totalCount"] = events.Count,
                ["details"] = new JsonArray(events.Select(e => (JsonNode)Evidence(e, nowMillis)).ToArray()),
            };
        }

        if (fields.Contains("impactAnalysis"))
        {
            json["impactAnalysis"] = new JsonObject { ["impacts"] = new JsonArray() };
        }

        if (fields.Contains("recentComments"))
        {
            json["recentComments"] = CommentList(comments.Take(ProblemCommentHandlers.RecentComments).ToList(), comments.Count, ProblemCommentHandlers.RecentComments, null);
        }

        return json;
    }

    public static JsonObject Comment(StoredComment c) => new()
    {
        ["id"] = c.CommentId,
        ["createdAtTimestamp"] = c.CreatedMillis,
        ["authorName"] = c.AuthorName,
        ["content"] = c.Content,
        ["context"] = c.Context,
    };

    public static JsonObject CommentList(IReadOnlyList<StoredComment> page, int totalCount, int pageSize, string? nextPageKey) => new()
    {
        ["comments"] = new JsonArray(page.Select(c => (JsonNode)Comment(c)).ToArray()),
        ["totalCount"] = totalCount,
        ["pageSize"] = pageSize,
        ["nextPageKey"] = nextPageKey,
    };

    private static JsonObject Evidence(StoredEvent e, long nowMillis) => new()
    {
        ["evidenceType"] = "EVENT",
        ["displayName"] = e.Title,
        ["entity"] = EntityJson.Stub(e.Entity),
        ["rootCauseRelevant"] = true,
        ["startTime"] = e.StartMillis,
        ["eventId"] = e.EventId,
        ["eventType"] = e.EventType,
        ["endTime"] = e.IsOpen(nowMillis) ? -1 : e.EndMillis,
        ["data"] = EventJson.Render(e, nowMillis),
    };
}
