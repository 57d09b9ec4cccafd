using Pharos.Evaluation;
using Pharos.Evaluation.Notifications;

namespace Pharos.Local.Evaluation;

/// <summary>
/// The Davis-style evaluation inside the local environment (resolve it from <c>LocalEnvironment.Services</c>).
/// The environment calls <see cref="RunCycleAsync"/> at every minute boundary of its clock; tests under a virtual
/// clock call it themselves.
/// </summary>
public interface ILocalEvaluation
{
    /// <summary>
    /// Runs one cycle at <paramref name="now"/>: re-reads changed configuration, closes ingested events whose
    /// timeout passed, evaluates metric events, updates problems, sends due notifications and saves everything.
    /// Cycles never overlap; a call waits for the running one.
    /// </summary>
    Task<PipelineCycle> RunCycleAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Sends the notifications due at <paramref name="now"/> and saves the delivery log, without evaluating.</summary>
    Task<IReadOnlyList<DeliveryLogEntry>> DispatchDueAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Completes when an ingest or a manual close has planned notifications since the last call, so the minute loop
    /// sends them at once instead of at the next minute boundary.
    /// </summary>
    Task WaitForPlannedNotificationsAsync(CancellationToken cancellationToken);
}
