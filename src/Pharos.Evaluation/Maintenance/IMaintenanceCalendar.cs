using Pharos.Evaluation.Entities;

namespace Pharos.Evaluation.Maintenance;

/// <summary>Which maintenance applies to an entity at a time.</summary>
public interface IMaintenanceCalendar
{
    /// <summary>The active, enabled windows covering <paramref name="entity"/> at <paramref name="at"/>, or none.</summary>
    IReadOnlyList<MaintenanceWindow> ActiveFor(EntityInfo entity, DateTimeOffset at);
}

/// <summary>A calendar over a fixed set of windows.</summary>
public sealed class MaintenanceCalendar(IEnumerable<MaintenanceWindow> windows) : IMaintenanceCalendar
{
    private readonly MaintenanceWindow[] _windows = [.. windows.Where(w => w.Enabled)];

    public static MaintenanceCalendar None { get; } = new([]);

    public IReadOnlyList<MaintenanceWindow> ActiveFor(EntityInfo entity, DateTimeOffset at) =>
        _windows.Length == 0 ? [] : [.. _windows.Where(w => w.Schedule.IsActive(at) && w.Covers(entity))];

    /// <summary>The strongest suppression among windows active for any of the entities, or null.</summary>
    public static MaintenanceSuppression? Strongest(IMaintenanceCalendar calendar, IEnumerable<EntityInfo> entities, DateTimeOffset at)
    {
        MaintenanceSuppression? strongest = null;
        foreach (var entity in entities)
        {
            foreach (var window in calendar.ActiveFor(entity, at))
            {
                if (strongest is null || window.Suppression > strongest)
                {
                    strongest = window.Suppression;
                }
            }
        }

        return strongest;
    }
}
