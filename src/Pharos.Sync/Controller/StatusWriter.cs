using Pharos.Catalog.Resolution;

namespace Pharos.Sync.Controller;

/// <summary>
/// Works out each document's status after a reconcile and writes the ones that changed. It
/// remembers what it wrote (content hash, status, error) so a periodic resync of thousands of
/// unchanged ConfigMaps costs no API calls, and a write that failed is tried again next time.
/// </summary>
internal sealed class StatusWriter(IDesiredStateSource source, SyncControllerOptions options, Action<ControllerEventLevel, ControllerEventKind, string> emit)
{
    private readonly Dictionary<string, Written> _written = new(StringComparer.Ordinal);

    public async Task WriteAsync(DesiredStateBuilder.Result built, ReconcileOutcome outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var snapshot = built.State.Snapshot;
        var present = snapshot.Documents.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _written.Keys.Where(k => !present.Contains(k)).ToList())
        {
            _written.Remove(gone);
        }

        if (!source.WritesStatus)
        {
            return;
        }

        var pending = new List<(SourceDocument Document, DocumentStatus Status, Written Record)>();
        foreach (var document in snapshot.Documents)
        {
            var error = ErrorOf(document, built, outcome);
            var record = new Written(document.ContentHash, error is null, error is null ? null : StatusAnnotations.Truncate(error));
            if (_written.TryGetValue(document.Key, out var previous) && previous == record)
            {
                continue;
            }

            pending.Add((document, error is null ? DocumentStatus.Success(now) : DocumentStatus.Failure(now, error), record));
        }

        var failed = 0;
        await Parallel.ForEachAsync(
            pending,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.StatusWriteConcurrency), CancellationToken = cancellationToken },
            async (item, token) =>
            {
                if (await source.WriteStatusAsync(item.Document, item.Status, token))
                {
                    lock (_written)
                    {
                        _written[item.Document.Key] = item.Record;
                    }
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            });
        if (failed > 0)
        {
            emit(ControllerEventLevel.Warning, ControllerEventKind.StatusWriteFailed, $"could not write the sync status of {failed} of {pending.Count} ConfigMaps; trying again after the next reconcile");
        }
    }

    /// <summary>Why the document is not in sync, or null when it is.</summary>
    internal static string? ErrorOf(SourceDocument document, DesiredStateBuilder.Result built, ReconcileOutcome outcome)
    {
        if (built.Problems.TryGetValue(document.Key, out var problem))
        {
            return problem;
        }

        if (outcome.Error is { } error)
        {
            return error;
        }

        var messages = new List<string>();
        if (built.TargetsByKey.TryGetValue(document.Key, out var target))
        {
            messages.AddRange(outcome.Failures.Where(f => Matches(f, target)).Select(f => f.Message));
        }

        messages.AddRange(outcome.Diagnostics
            .Where(d => d.IsError && d.Location?.File == document.File)
            .Select(d => d.ToString()));
        return messages.Count == 0 ? null : string.Join("; ", messages.Distinct(StringComparer.Ordinal));
    }

    private static bool Matches(TargetFailure failure, ResolvedTarget target) =>
        failure.Service == target.Service && (failure.Environment is null || failure.Environment == target.Environment.Id);

    private sealed record Written(string ContentHash, bool Synced, string? Error);
}
