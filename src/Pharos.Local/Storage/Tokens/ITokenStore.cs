namespace Pharos.Local.Storage.Tokens;

internal interface ITokenStore
{
    /// <summary><see cref="StoreStatus.Conflict"/> when the token id already exists.</summary>
    Task<StoreStatus> InsertAsync(StoredToken token, CancellationToken cancellationToken);

    Task<StoredToken?> FindAsync(string tokenId, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredToken>> ListAsync(CancellationToken cancellationToken);

    /// <summary><see cref="StoreStatus.NotFound"/> for an unknown id; revoking twice keeps the first time.</summary>
    Task<StoreStatus> RevokeAsync(string tokenId, long revokedMillis, CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);
}
