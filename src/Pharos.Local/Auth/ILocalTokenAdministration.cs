using Pharos.Local.Storage;

namespace Pharos.Local.Auth;

/// <summary>Create, list and revoke API tokens of a local environment.</summary>
public interface ILocalTokenAdministration
{
    Task<TokenCreateResult> CreateAsync(string name, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApiTokenInfo>> ListAsync(CancellationToken cancellationToken);

    /// <summary><see cref="StoreStatus.NotFound"/> when no token has this id (the <c>dt0c01.XXXX</c> public part).</summary>
    Task<StoreStatus> RevokeAsync(string tokenId, CancellationToken cancellationToken);
}
