using Pharos.Evaluation.Entities;

namespace Pharos.Evaluation.Maintenance;

public enum MaintenanceSuppression
{
    /// <summary>Problems are detected and alerted; they are only marked as under maintenance.</summary>
    DetectProblemsAndAlert,

    /// <summary>Problems are detected and marked, but no notification is sent.</summary>
    DetectProblemsDontAlert,

    /// <summary>Events under maintenance open no problem.</summary>
    DontDetectProblems,
}

public enum MaintenanceType
{
    Planned,
    Unplanned,
}

public enum ScheduleType
{
    Once,
    Daily,
    Weekly,
    Monthly,
}

/// <summary>One <c>builtin:alerting.maintenance-window</c> object (v2.15), typed.</summary>
public sealed record MaintenanceWindow(
    string ObjectId,
    bool Enabled,
    string Name,
    MaintenanceType Type,
    MaintenanceSuppression Suppression,
    MaintenanceSchedule Schedule,
    IReadOnlyList<MaintenanceFilter> Filters)
{
    /// <summary>
    /// Whether the window covers <paramref name="entity"/>: no filters means the whole environment; otherwise any
    /// filter whose every given criterion matches (type, id, all tags, one of the zones) [INFERRED from the schema].
    /// </summary>
    public bool Covers(EntityInfo entity) => Filters.Count == 0 || Filters.Any(f => f.Matches(entity));
}

public sealed record MaintenanceFilter(string? EntityType, string? EntityId, IReadOnlyList<string> EntityTags, IReadOnlyList<string> ManagementZones)
{
    public bool Matches(EntityInfo entity) =>
        (EntityType is null || string.Equals(EntityType, entity.Type, StringComparison.Ordinal))
        && (EntityId is null || string.Equals(EntityId, entity.Id, StringComparison.Ordinal))
        && EntityTags.All(t => entity.Tags.Any(et => TagEquals(et, t)))
        && (ManagementZones.Count == 0 || ManagementZones.Any(z => entity.ManagementZones.Any(ez => ez.Matches(z))));

    // Tags in filters may omit the context ("app:x") or use a different case for it ("[kubernetes]app:x").
    private static bool TagEquals(string entityTag, string filterTag)
    {
        static string Body(string tag) => tag.StartsWith('[') && tag.IndexOf(']', StringComparison.Ordinal) is var c and > 0 ? tag[(c + 1)..] : tag;

        return string.Equals(entityTag, filterTag, StringComparison.OrdinalIgnoreCase)
            || (!filterTag.StartsWith('[') && string.Equals(Body(entityTag), filterTag, StringComparison.Ordinal));
    }
}
