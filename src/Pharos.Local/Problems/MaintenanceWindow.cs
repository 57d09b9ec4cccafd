using System.Text.Json;
using Pharos.Local.Entities;
using Pharos.Local.Storage.Settings;

namespace Pharos.Local.Problems;

/// <summary>
/// One enabled <c>builtin:alerting.maintenance-window</c> settings object: its schedule and which
/// entities it covers. Without filters it covers the whole environment; filters are alternatives (OR),
/// and the values inside one filter must all hold (AND): entity type, entity id, every tag, and
/// membership of every management zone (matched by the zone's id or name; Dynatrace names the zone's
/// settings object, which the local environment does not link to its zones [INFERRED]).
/// </summary>
internal sealed record MaintenanceWindow(string ObjectId, string Name, string Suppression, MaintenanceSchedule Schedule, IReadOnlyList<MaintenanceFilter> Filters)
{
    public const string SchemaId = "builtin:alerting.maintenance-window";

    /// <summary>No problem is opened while such a window is active on the entities.</summary>
    public const string DontDetectProblems = "DONT_DETECT_PROBLEMS";

    public bool Covers(EntityRef entity) => Filters.Count == 0 || Filters.Any(f => f.Matches(entity));

    /// <summary>Null for a disabled window or one whose value this environment cannot evaluate.</summary>
    public static MaintenanceWindow? From(StoredSettingsObject stored)
    {
        using var document = JsonDocument.Parse(stored.ValueJson);
        var value = document.RootElement;
        if (value.ValueKind != JsonValueKind.Object
            || (value.TryGetProperty("enabled", out var enabled) && enabled.ValueKind == JsonValueKind.False)
            || !value.TryGetProperty("schedule", out var scheduleValue)
            || MaintenanceSchedule.Parse(scheduleValue) is not { } schedule)
        {
            return null;
        }

        var general = value.TryGetProperty("generalProperties", out var g) ? g : default;
        var filters = value.TryGetProperty("filters", out var f) && f.ValueKind == JsonValueKind.Array
            ? f.EnumerateArray().Select(MaintenanceFilter.Parse).ToList()
            : [];
        return new MaintenanceWindow(stored.ObjectId, Text(general, "name") ?? stored.Summary, Text(general, "suppression") ?? "DETECT_PROBLEMS_AND_ALERT", schedule, filters);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

internal sealed record MaintenanceFilter(string? EntityType, string? EntityId, IReadOnlyList<EntityTag> Tags, IReadOnlyList<string> ManagementZones)
{
    public bool Matches(EntityRef entity) =>
        (EntityType is null || string.Equals(EntityType, entity.Type, StringComparison.OrdinalIgnoreCase))
        && (EntityId is null || string.Equals(EntityId, entity.Id, StringComparison.OrdinalIgnoreCase))
        && new TagCriterion(Tags).Matches(Pharos.Local.Events.EventsQueryHandlers.ToEntity(entity))
        && ManagementZones.All(zone => entity.ManagementZones.Any(z => z.Id == zone || string.Equals(z.Name, zone, StringComparison.Ordinal)));

    public static MaintenanceFilter Parse(JsonElement filter)
    {
        string? Text(string name) =>
            filter.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
        IReadOnlyList<string> Strings(string name) =>
            filter.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
                ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
                : [];

        return new MaintenanceFilter(Text("entityType"), Text("entityId"), Strings("entityTags").Select(EntitySelectorBinder.ParseTag).ToList(), Strings("managementZones"));
    }
}
