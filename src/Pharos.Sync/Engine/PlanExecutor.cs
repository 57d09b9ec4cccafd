using System.Collections.Concurrent;
using Pharos.Dynatrace;
using Pharos.Dynatrace.Concurrency;
using Pharos.Dynatrace.Errors;
using Pharos.Dynatrace.Settings;
using Pharos.Sync.Translation;

namespace Pharos.Sync.Engine;

/// <summary>
/// Executes a plan: creates and updates kind by kind in creation order (batched POSTs, a bounded
/// number in flight), resolving references to the objectIds of listed and just-created objects;
/// then deletes in reverse order. A failure is recorded for its object and the rest carries on;
/// an object whose referenced object is missing is skipped. Retries live in the client.
/// </summary>
internal sealed class PlanExecutor(DynatraceClient client, SyncEngineOptions options, SyncSecrets secrets)
{
    private readonly ConcurrentDictionary<string, string> _objectIds = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ObjectOutcome> _outcomes = new();
    private int _completed;
    private int _total;

    public async Task<IReadOnlyList<ObjectOutcome>> ExecuteAsync(PlanResult plan, IProgress<ApplyProgress>? progress, CancellationToken cancellationToken)
    {
        foreach (var (externalId, objectId) in plan.ObjectIds)
        {
            _objectIds[externalId] = objectId;
        }

        var writes = plan.Changes.Where(c => c.IsWrite).ToList();
        _total = writes.Count;
        progress?.Report(new ApplyProgress(0, _total));
        foreach (var kind in SyncKinds.CreationOrder)
        {
            var upserts = writes.Where(c => c.Action != PlanAction.Delete && c.Kind == kind).ToList();
            await UpsertAsync(upserts, progress, cancellationToken).ConfigureAwait(false);
        }

        // Dependants first: a notification goes before the alerting profile it points at.
        foreach (var kind in SyncKinds.CreationOrder.Reverse())
        {
            var deletes = writes.Where(c => c.Action == PlanAction.Delete && c.Kind == kind).ToList();
            await BoundedConcurrency.ForEachAsync(deletes, options.Concurrency, async (change, ct) =>
            {
                Record(await DeleteAsync(change, ct).ConfigureAwait(false), progress);
            }, cancellationToken).ConfigureAwait(false);
        }

        var order = writes.Select((c, i) => (c, i)).ToDictionary(x => (x.c.SchemaId, x.c.ExternalId), x => x.i);
        return [.. _outcomes.OrderBy(o => order[(o.Change.SchemaId, o.Change.ExternalId)])];
    }

    private async Task UpsertAsync(List<PlannedChange> upserts, IProgress<ApplyProgress>? progress, CancellationToken cancellationToken)
    {
        var ready = new List<(PlannedChange Change, SettingsObjectCreate Payload)>();
        foreach (var change in upserts)
        {
            var (payload, missing) = SettingsPayloads.Build(change, id => _objectIds.GetValueOrDefault(id), allowPending: false);
            if (payload is null)
            {
                var problem = SyncDiagnostics.ReferenceUnavailable(change, missing!);
                Record(new ObjectOutcome(change, OutcomeStatus.Skipped) { Message = problem.Message, Problem = problem }, progress);
                continue;
            }

            ready.Add((change, payload));
        }

        var batches = ready.Chunk(options.BatchSize).ToList();
        await BoundedConcurrency.ForEachAsync(batches, options.Concurrency, async (batch, ct) =>
        {
            var result = await client.Settings.CreateObjectsAsync(
                [.. batch.Select(b => b.Payload)], new SettingsCreateOptions { MaxBatchSize = options.BatchSize }, ct).ConfigureAwait(false);
            foreach (var item in result.Items)
            {
                var change = batch[item.Index].Change;
                if (item.IsSuccess && item.ObjectId is { } objectId)
                {
                    _objectIds[change.ExternalId] = objectId;
                    Record(new ObjectOutcome(change, OutcomeStatus.Applied) { ObjectId = objectId, Message = item.RecoveredByExternalId ? "created by an earlier attempt (found by its externalId)" : null }, progress);
                }
                else
                {
                    Record(Failed(change, Describe(item, result.BatchFailure)), progress);
                }
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ObjectOutcome> DeleteAsync(PlannedChange change, CancellationToken cancellationToken)
    {
        try
        {
            var result = await client.Settings.DeleteObjectAsync(change.ObjectId!, change.Actual?.UpdateToken, cancellationToken).ConfigureAwait(false);
            return result switch
            {
                { IsSuccess: true } => new ObjectOutcome(change, OutcomeStatus.Applied) { ObjectId = change.ObjectId },
                // Gone already: deleted by an earlier attempt of this request, or by someone else. Either way the goal holds.
                { Code: 404 } => new ObjectOutcome(change, OutcomeStatus.Applied) { ObjectId = change.ObjectId, Message = "already deleted" },
                { Code: 409 } => Failed(change, "the object changed since it was listed (stale updateToken); run plan again to see the change"),
                _ => Failed(change, Describe(result, null)),
            };
        }
        catch (DynatraceApiException ex)
        {
            return Failed(change, ex.Message);
        }
    }

    private ObjectOutcome Failed(PlannedChange change, string message)
    {
        var scrubbed = secrets.Scrub(message);
        return new ObjectOutcome(change, OutcomeStatus.Failed) { Message = scrubbed, Problem = SyncDiagnostics.WriteFailed(change, scrubbed) };
    }

    private void Record(ObjectOutcome outcome, IProgress<ApplyProgress>? progress)
    {
        _outcomes.Enqueue(outcome);
        progress?.Report(new ApplyProgress(Interlocked.Increment(ref _completed), _total));
    }

    private static string Describe(SettingsObjectResult item, DynatraceApiException? batchFailure)
    {
        if (item.Failure is not null && batchFailure is not null)
        {
            return item.NotSent ? "not sent because an earlier batch of the same request failed: " + batchFailure.Message : batchFailure.Message;
        }

        return item.Error is { } error ? $"HTTP {item.Code}: {error.Describe()}" : $"HTTP {item.Code}";
    }
}
