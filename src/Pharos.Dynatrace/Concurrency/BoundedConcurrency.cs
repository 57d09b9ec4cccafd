namespace Pharos.Dynatrace.Concurrency;

/// <summary>
/// Runs work over a list with at most N operations at once, e.g. applying a plan with
/// concurrency 5. The first exception cancels the rest and is rethrown; bodies that must not stop
/// the others should return results (e.g. <c>SettingsObjectResult</c>) instead of throwing.
/// </summary>
public static class BoundedConcurrency
{
    /// <summary>Results in the order of <paramref name="items"/>, whatever order the work finished in.</summary>
    public static async Task<TResult[]> SelectAsync<TSource, TResult>(
        IReadOnlyList<TSource> items,
        int maxConcurrency,
        Func<TSource, CancellationToken, Task<TResult>> body,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrency, 1);
        var results = new TResult[items.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, items.Count), options, async (index, ct) =>
        {
            results[index] = await body(items[index], ct).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return results;
    }

    public static Task ForEachAsync<TSource>(
        IEnumerable<TSource> items,
        int maxConcurrency,
        Func<TSource, CancellationToken, Task> body,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrency, 1);
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxConcurrency, CancellationToken = cancellationToken };
        return Parallel.ForEachAsync(items, options, async (item, ct) => await body(item, ct).ConfigureAwait(false));
    }
}
