using System.Text.Json;
using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Maintenance;
using Pharos.Local.Entities;
using Pharos.Local.Evaluation;
using Pharos.Local.Storage.Settings;

namespace Pharos.Local.Problems;

/// <summary>
/// The maintenance windows configured through Settings 2.0, read with the evaluator's reader
/// (<see cref="MaintenanceWindowReader"/>), so the problems API, the events API and the evaluation pipeline
/// share one model. A window whose value the reader rejects, or a disabled one, is left out.
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
        var (items, _) = await _settings.QueryAsync(new SettingsObjectFilter([MaintenanceWindowReader.SchemaId], [], []), 0, MaxWindows, cancellationToken).ConfigureAwait(false);
        return new MaintenanceSnapshot([.. items.Select(Read).OfType<MaintenanceWindow>()]);
    }

    public static MaintenanceWindow? Read(StoredSettingsObject stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        try
        {
            using var document = JsonDocument.Parse(stored.ValueJson);
            var window = MaintenanceWindowReader.Read(stored.ObjectId, document.RootElement, new DiagnosticBag());
            return window is { Enabled: true } ? window : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>One window that covers an entity at a time, and the occurrence that was active then.</summary>
internal sealed record MaintenanceMatch(MaintenanceWindow Window, EntityRef Entity, DateTimeOffset Start, DateTimeOffset End);

/// <summary>The enabled windows at one moment; also the evaluator's calendar.</summary>
internal sealed class MaintenanceSnapshot(IReadOnlyList<MaintenanceWindow> windows) : IMaintenanceCalendar
{
    private readonly MaintenanceCalendar _calendar = new(windows);

    public static MaintenanceSnapshot None { get; } = new([]);

    public IReadOnlyList<MaintenanceWindow> Windows => windows;

    public IReadOnlyList<MaintenanceWindow> ActiveFor(Pharos.Evaluation.Entities.EntityInfo entity, DateTimeOffset at) => _calendar.ActiveFor(entity, at);

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

            if (entities.FirstOrDefault(e => window.Covers(EntityConversions.ToInfo(e))) is { } entity)
            {
                matches.Add(new MaintenanceMatch(window, entity, occurrence.Start, occurrence.End));
            }
        }

        return matches;
    }

    public bool IsUnderMaintenance(IReadOnlyList<EntityRef> entities, long atMillis) => Find(entities, atMillis).Count > 0;
}
