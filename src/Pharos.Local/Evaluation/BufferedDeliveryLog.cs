using Pharos.Evaluation.Notifications;

namespace Pharos.Local.Evaluation;

/// <summary>
/// Collects the pipeline's delivery log entries until the coordinator writes them to SQLite together with the
/// state they belong to (one transaction), so the log and the retry schedule never disagree after a crash.
/// </summary>
internal sealed class BufferedDeliveryLog : IDeliveryLog
{
    private readonly List<DeliveryLogEntry> _pending = [];
    private readonly Lock _gate = new();

    public void Append(DeliveryLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            _pending.Add(entry);
        }
    }

    public IReadOnlyList<DeliveryLogEntry> Take()
    {
        lock (_gate)
        {
            var taken = _pending.ToList();
            _pending.Clear();
            return taken;
        }
    }

    /// <summary>Puts entries back after a failed save, ahead of newer ones.</summary>
    public void Restore(IReadOnlyList<DeliveryLogEntry> entries)
    {
        lock (_gate)
        {
            _pending.InsertRange(0, entries);
        }
    }
}
