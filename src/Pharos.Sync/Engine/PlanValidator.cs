using Pharos.Core.Diagnostics;
using Pharos.Dynatrace;
using Pharos.Dynatrace.Concurrency;
using Pharos.Dynatrace.Settings;

namespace Pharos.Sync.Engine;

/// <summary>
/// Sends every create and update of a plan with <c>validateOnly=true</c>, in batches, and maps
/// each constraint violation back to the catalog item that produced the object (PH3101). A
/// reference to an object that does not exist yet is sent as a placeholder and its violations are
/// not reported: apply resolves it once the referenced object is created.
/// </summary>
internal sealed class PlanValidator(DynatraceClient client, SyncEngineOptions options)
{
    public async Task<IReadOnlyList<Diagnostic>> ValidateAsync(PlanResult plan, SyncSecrets secrets, CancellationToken cancellationToken)
    {
        var items = plan.Changes.Where(c => c.Action is PlanAction.Create or PlanAction.Update).ToList();
        if (items.Count == 0)
        {
            return [];
        }

        var payloads = items
            .Select(c => SettingsPayloads.Build(c, id => plan.ObjectIds.GetValueOrDefault(id), allowPending: true).Payload!)
            .ToList();
        var starts = Enumerable.Range(0, (items.Count + options.BatchSize - 1) / options.BatchSize).Select(i => i * options.BatchSize).ToList();
        var batches = await BoundedConcurrency.SelectAsync(starts, options.Concurrency, async (start, ct) =>
        {
            var slice = payloads.Skip(start).Take(options.BatchSize).ToList();
            var result = await client.Settings.CreateObjectsAsync(
                slice, new SettingsCreateOptions { ValidateOnly = true, MaxBatchSize = options.BatchSize }, ct).ConfigureAwait(false);
            return (Start: start, Count: slice.Count, Result: result);
        }, cancellationToken).ConfigureAwait(false);

        var diagnostics = new List<Diagnostic>();
        foreach (var (start, count, result) in batches)
        {
            if (result.BatchFailure is { } failure)
            {
                diagnostics.Add(SyncDiagnostics.ValidationUnavailable(count, secrets.Scrub(failure.Message)));
                continue;
            }

            foreach (var item in result.Items.Where(r => !r.IsSuccess))
            {
                diagnostics.AddRange(Map(items[start + item.Index], item, secrets));
            }
        }

        return diagnostics;
    }

    private static IEnumerable<Diagnostic> Map(PlannedChange change, SettingsObjectResult result, SyncSecrets secrets)
    {
        var violations = result.Error?.ConstraintViolations ?? [];
        if (violations.Count == 0)
        {
            yield return SyncDiagnostics.Rejected(change, "", secrets.Scrub(result.Error?.Message ?? $"HTTP {result.Code}"));
            yield break;
        }

        var pending = change.PendingReferences.Select(r => JsonPointer.ToPropertyPath(r.Path)).ToHashSet(StringComparer.Ordinal);
        foreach (var violation in violations)
        {
            var property = SettingsViolationPath.TryParse(violation.Path)?.PropertyPath ?? violation.Path ?? "";
            if (!pending.Contains(property))
            {
                yield return SyncDiagnostics.Rejected(change, property, secrets.Scrub(violation.Message ?? "rejected"));
            }
        }
    }
}
