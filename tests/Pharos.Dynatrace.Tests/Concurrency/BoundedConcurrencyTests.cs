using Pharos.Dynatrace.Concurrency;

namespace Pharos.Dynatrace.Tests.Concurrency;

public class BoundedConcurrencyTests
{
    [Fact]
    public async Task SelectAsync_ManyItems_AtMostNAtOnceAndResultsInOrder()
    {
        var inFlight = 0;
        var peak = 0;
        var items = Enumerable.Range(0, 30).ToList();

        var results = await BoundedConcurrency.SelectAsync(items, 5, async (item, _) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            lock (items)
            {
                peak = Math.Max(peak, now);
            }

            await Task.Delay(item % 3 * 5);
            Interlocked.Decrement(ref inFlight);
            return item * 10;
        }, CancellationToken.None);

        Assert.Equal(items.Select(i => i * 10), results);
        Assert.InRange(peak, 1, 5);
    }

    [Fact]
    public async Task ForEachAsync_BodyThrows_Propagates()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => BoundedConcurrency.ForEachAsync([1, 2, 3], 2, (i, _) =>
            i == 2 ? throw new InvalidOperationException("boom") : Task.CompletedTask, CancellationToken.None));

        Assert.Equal("boom", ex.Message);
    }

    [Fact]
    public async Task SelectAsync_ZeroConcurrency_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => BoundedConcurrency.SelectAsync([1], 0, (i, _) => Task.FromResult(i), CancellationToken.None));
    }
}
