using Pharos.Evaluation.Entities;
using Pharos.Evaluation.Maintenance;
using Pharos.Local.Problems;

namespace Pharos.Local.Evaluation;

/// <summary>
/// The <c>builtin:alerting.maintenance-window</c> objects of the settings store as the evaluator's calendar; the
/// evaluation coordinator swaps in a new snapshot whenever the settings change.
/// </summary>
internal sealed class CurrentMaintenanceCalendar : IMaintenanceCalendar
{
    private MaintenanceSnapshot _snapshot = MaintenanceSnapshot.None;

    public MaintenanceSnapshot Snapshot
    {
        get => Volatile.Read(ref _snapshot);
        set => Volatile.Write(ref _snapshot, value ?? throw new ArgumentNullException(nameof(value)));
    }

    public IReadOnlyList<MaintenanceWindow> ActiveFor(EntityInfo entity, DateTimeOffset at) => Snapshot.ActiveFor(entity, at);
}
