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
        StoredProblem p,
        long nowMillis,
        IReadOnlyCollection<string> fields,
        IReadOnlyList<StoredEvent> events,
        IReadOnlyList<StoredComment> comments,
        MaintenanceSnapshot maintenance)
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
            ["rootCauseEntity"] = p.RootCause is { } root ? EntityJson.Stub(root) : null,
            ["managementZones"] = EntityJson.Zones(p.Entities.SelectMany(e => e.ManagementZones).Distinct()),
            ["entityTags"] = EntityJson.Tags(p.Entities.SelectMany(e => e.Tags).Distinct()),
            ["problemFilters"] = new JsonArray(),
            ["startTime"] = p.StartMillis,
            ["endTime"] = p.EndMillis(nowMillis),
        };
        if (fields.Contains("evidenceDetails"))
        {
            var details = events.Select(e => (JsonNode)Evidence(e, nowMillis, maintenance.IsUnderMaintenance([e.Entity], e.StartMillis)))
                .Concat(maintenance.Find(p.Entities, p.StartMillis).Select(m => (JsonNode)MaintenanceEvidence(m)))
                .ToArray();
            json["evidenceDetails"] = new JsonObject
            {
                ["totalCount"] = details.Length,
                ["details"] = new JsonArray(details),
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

    /// <summary>The window that was active on one of the problem's entities when it started (SDK <c>MaintenanceWindowEvidence</c>).</summary>
    private static JsonObject MaintenanceEvidence(MaintenanceMatch m) => new()
    {
        ["evidenceType"] = "MAINTENANCE_WINDOW",
        ["displayName"] = m.Window.Name,
        ["entity"] = EntityJson.Stub(m.Entity),
        ["rootCauseRelevant"] = false,
        ["startTime"] = m.Start.ToUnixTimeMilliseconds(),
        ["endTime"] = m.End.ToUnixTimeMilliseconds(),
        ["maintenanceWindowConfigId"] = m.Window.ObjectId,
    };

    private static JsonObject Evidence(StoredEvent e, long nowMillis, bool underMaintenance) => new()
    {
        ["evidenceType"] = "EVENT",
        ["displayName"] = e.Title,
        ["entity"] = EntityJson.Stub(e.Entity),
        ["rootCauseRelevant"] = true,
        ["startTime"] = e.StartMillis,
        ["eventId"] = e.EventId,
        ["eventType"] = e.EventType,
        ["endTime"] = e.IsOpen(nowMillis) ? -1 : e.EndMillis,
        ["data"] = EventJson.Render(e, nowMillis, underMaintenance),
    };
}
