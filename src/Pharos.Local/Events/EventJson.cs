using System.Text.Json.Nodes;
using Pharos.Local.Entities;
using Pharos.Local.Storage.Events;

namespace Pharos.Local.Events;

/// <summary>
/// Renders an event as the Events API v2 <c>Event</c>; properties are a key/value list, not a map.
/// <paramref name="underMaintenance"/>: a maintenance window was active on the event's entity when it started.
/// </summary>
internal static class EventJson
{
    public static JsonObject Render(StoredEvent e, long nowMillis, bool underMaintenance = false)
    {
        var open = e.IsOpen(nowMillis);
        return new JsonObject
        {
            ["eventId"] = e.EventId,
            ["startTime"] = e.StartMillis,
            ["endTime"] = open ? null : e.EndMillis,
            ["eventType"] = e.EventType,
            ["title"] = e.Title,
            ["entityId"] = EntityJson.Stub(e.Entity),
            ["properties"] = new JsonArray(e.Properties.Select(p => (JsonNode)new JsonObject { ["key"] = p.Key, ["value"] = p.Value }).ToArray()),
            ["status"] = open ? "OPEN" : "CLOSED",
            ["correlationId"] = e.CorrelationId,
            ["entityTags"] = EntityJson.Tags(e.Entity.Tags),
            ["managementZones"] = EntityJson.Zones(e.Entity.ManagementZones),
            ["underMaintenance"] = underMaintenance,
            ["suppressAlert"] = false,
            ["suppressProblem"] = false,
            ["frequentEvent"] = false,
        };
    }
}
