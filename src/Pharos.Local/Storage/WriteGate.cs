namespace Pharos.Local.Storage;

/// <summary>
/// Serializes the writes of one area (<typeparamref name="TArea"/>) in this process, so checks spanning
/// several rows (externalId uniqueness, maxObjects, positions, event de-duplication) see a state nobody
/// changes underneath them. The store's constraints remain the last line of defence.
/// </summary>
internal sealed class WriteGate<TArea> : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(_semaphore);
    }

    public void Dispose() => _semaphore.Dispose();

    private sealed class Releaser(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
