using Pharos.Catalog.Resolution;

namespace Pharos.Sync.Controller;

/// <summary>
/// "Make Dynatrace match this desired state": translate, plan and apply. The controller calls it
/// from one loop, so two reconciles never run at once. Cancellation means the controller is
/// stopping; stop at the next safe point.
/// </summary>
public interface IReconciler
{
    Task<ReconcileOutcome> ReconcileAsync(DesiredState desired, CancellationToken cancellationToken);
}

/// <summary>Adapters so a delegate can be the reconciler.</summary>
public static class Reconciler
{
    public static IReconciler From(Func<DesiredState, CancellationToken, Task<ReconcileOutcome>> reconcile) => new DelegateReconciler(reconcile);

    /// <summary>For callers that only need the targets (withheld documents are then the delegate's business to ignore).</summary>
    public static IReconciler FromTargets(Func<IReadOnlyList<ResolvedTarget>, CancellationToken, Task<ReconcileOutcome>> reconcile) =>
        new DelegateReconciler((desired, token) => reconcile(desired.Targets, token));

    private sealed class DelegateReconciler(Func<DesiredState, CancellationToken, Task<ReconcileOutcome>> reconcile) : IReconciler
    {
        public Task<ReconcileOutcome> ReconcileAsync(DesiredState desired, CancellationToken cancellationToken) => reconcile(desired, cancellationToken);
    }
}
