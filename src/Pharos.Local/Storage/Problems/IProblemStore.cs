namespace Pharos.Local.Storage.Problems;

/// <summary>
/// The problem rows the problems API reads. Problems are opened, merged and closed by the evaluator's tracker,
/// which writes them with <see cref="SqliteProblemStore.UpsertAsync"/> in its own transaction; this interface
/// reads them, closes them by hand and keeps their comments.
/// </summary>
internal interface IProblemStore
{
    Task<StoredProblem?> GetAsync(string problemId, CancellationToken cancellationToken);

    /// <summary>Problems overlapping [from, to], newest first.</summary>
    Task<IReadOnlyList<StoredProblem>> ListAsync(long fromMillis, long toMillis, CancellationToken cancellationToken);

    /// <summary>
    /// Closes an open problem and stores the closing comment, atomically. <see cref="StoreStatus.Conflict"/>
    /// when it is already closed (by hand or by timeout).
    /// </summary>
    Task<StoreStatus> CloseAsync(string problemId, long nowMillis, StoredComment? comment, CancellationToken cancellationToken);

    Task<StoreStatus> AddCommentAsync(StoredComment comment, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredComment>> ListCommentsAsync(string problemId, CancellationToken cancellationToken);

    Task<StoreStatus> UpdateCommentAsync(string problemId, string commentId, string content, string? context, CancellationToken cancellationToken);

    Task<StoreStatus> DeleteCommentAsync(string problemId, string commentId, CancellationToken cancellationToken);

    /// <summary>Deletes problems (and comments) that ended before <paramref name="beforeMillis"/>; returns how many.</summary>
    Task<int> PurgeAsync(long beforeMillis, long nowMillis, CancellationToken cancellationToken);
}
