using Pharos.Local.Entities;
using Pharos.Local.Storage.Settings;

namespace Pharos.Local.Problems;

/// <summary>
/// The maintenance windows configured through Settings 2.0, read once per request: a problem or event
/// is under maintenance when a window was active at its start on one of its entities, as Dynatrace
/// marks them (<c>underMaintenance</c>, MAINTENANCE_WINDOW evidence).
/// </summary>
internal sealed class MaintenanceWindows
{
    private const int MaxWindows = 10_000;

    private readonly ISettingsObjectStore _settings;

    public MaintenanceWindows(ISettingsObjectStore settings)
    {
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
    }

    public async Task<MaintenanceSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var (items, _) = await _settings.QueryAsync(new SettingsObjectFilter([MaintenanceWindow.SchemaId], [], []), 0, MaxWindows, cancellationToken).ConfigureAwait(false);
        return new MaintenanceSnapshot(items.Select(MaintenanceWindow.From).OfType<MaintenanceWindow>().ToList());
    }
}

/// <summary>One window that covers an entity at a time, and the occurrence that was active then.</summary>
internal sealed record MaintenanceMatch(MaintenanceWindow Window, EntityRef Entity, DateTimeOffset Start, DateTimeOffset End);

internal sealed class MaintenanceSnapshot(IReadOnlyList<MaintenanceWindow> windows)
{
    public static MaintenanceSnapshot None { get; } = new([]);

    /// <summary>Every window active at <paramref name="atMillis"/> on one of <paramref name="entities"/>, each once.</summary>
    public IReadOnlyList<MaintenanceMatch> Find(IReadOnlyList<EntityRef> entities, long atMillis)
    {
        if (windows.Count == 0)
        {
            return [];
        }

        var at = DateTimeOffset.FromUnixTimeMilliseconds(atMillis);
        var matches = new List<MaintenanceMatch>();
        foreach (var window in windows)
        {
            if (window.Schedule.OccurrenceAt(at) is not { } occurrence)
            {
                continue;
            }

            if (entities.FirstOrDefault(window.Covers) is { } entity)
            {
                matches.Add(new MaintenanceMatch(window, entity, occurrence.Start, occurrence.End));
            }
        }

        return matches;
    }

    public bool IsUnderMaintenance(IReadOnlyList<EntityRef> entities, long atMillis) => Find(entities, atMillis).Count > 0;
}
