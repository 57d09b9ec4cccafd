namespace Pharos.Local.Storage.Events;

internal interface IEventStore
{
    Task<StoreStatus> InsertAsync(StoredEvent stored, CancellationToken cancellationToken);

    /// <summary>The still-open event with this dedupe key (same type, title, entity and properties), if any.</summary>
    Task<StoredEvent?> FindOpenAsync(string dedupeKey, long nowMillis, CancellationToken cancellationToken);

    /// <summary>Moves the planned end later (never earlier): re-sending an event keeps it open.</summary>
    Task<StoreStatus> ExtendAsync(string eventId, long endMillis, CancellationToken cancellationToken);

    Task<StoredEvent?> GetAsync(string eventId, CancellationToken cancellationToken);

    /// <summary>Events overlapping [from, to], newest first.</summary>
    Task<IReadOnlyList<StoredEvent>> ListAsync(long fromMillis, long toMillis, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredEvent>> ListByProblemAsync(string problemId, CancellationToken cancellationToken);

    /// <summary>Ends the problem's still-open events at <paramref name="nowMillis"/>.</summary>
    Task<StoreStatus> CloseByProblemAsync(string problemId, long nowMillis, CancellationToken cancellationToken);

    /// <summary>Deletes events that ended before <paramref name="beforeMillis"/>; returns how many.</summary>
    Task<int> PurgeAsync(long beforeMillis, CancellationToken cancellationToken);
}
