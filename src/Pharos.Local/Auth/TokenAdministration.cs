using Microsoft.Extensions.Logging;
using Pharos.Core.Diagnostics;
using Pharos.Local.Diagnostics;
using Pharos.Local.Logging;
using Pharos.Local.Storage;
using Pharos.Local.Storage.Tokens;

namespace Pharos.Local.Auth;

internal sealed class TokenAdministration : ILocalTokenAdministration
{
    private readonly ITokenStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public TokenAdministration(ITokenStore store, TimeProvider time, ILogger<TokenAdministration> logger)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public async Task<TokenCreateResult> CreateAsync(string name, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var diagnostics = Validate(name, scopes);
        if (diagnostics.Count > 0)
        {
            return new TokenCreateResult(null, null, diagnostics);
        }

        var distinctScopes = scopes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        while (true)
        {
            var (tokenId, secret) = ApiTokenFormat.Generate();
            var (salt, hash) = TokenSecretHasher.Hash(secret);
            var created = _time.GetUtcNow();
            var stored = new StoredToken(tokenId, name.Trim(), distinctScopes, salt, hash, created.ToUnixTimeMilliseconds(), null);
            var status = await _store.InsertAsync(stored, cancellationToken).ConfigureAwait(false);
            if (status == StoreStatus.Conflict)
            {
                continue; // a 24-character random id collided; draw another
            }

            LocalLog.TokenCreated(_logger, tokenId, stored.Name);
            return new TokenCreateResult(ApiTokenFormat.Compose(tokenId, secret), ToInfo(stored), []);
        }
    }

    public async Task<IReadOnlyList<ApiTokenInfo>> ListAsync(CancellationToken cancellationToken)
    {
        var tokens = await _store.ListAsync(cancellationToken).ConfigureAwait(false);
        return tokens.Select(ToInfo).ToList();
    }

    public async Task<StoreStatus> RevokeAsync(string tokenId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokenId);
        var status = await _store.RevokeAsync(tokenId, _time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken).ConfigureAwait(false);
        if (status == StoreStatus.Ok)
        {
            LocalLog.TokenRevoked(_logger, tokenId);
        }

        return status;
    }

    private static List<Diagnostic> Validate(string name, IReadOnlyCollection<string> scopes)
    {
        var diagnostics = new List<Diagnostic>();
        if (string.IsNullOrWhiteSpace(name))
        {
            diagnostics.Add(LocalDiagnostics.EmptyTokenName());
        }

        if (scopes.Count == 0)
        {
            diagnostics.Add(LocalDiagnostics.NoTokenScopes());
        }

        foreach (var scope in scopes.Where(s => !TokenScopeCatalog.All.Contains(s)).Distinct(StringComparer.Ordinal))
        {
            diagnostics.Add(LocalDiagnostics.UnknownTokenScope(scope, TokenScopeCatalog.All));
        }

        return diagnostics;
    }

    private static ApiTokenInfo ToInfo(StoredToken token) => new(
        token.TokenId,
        token.Name,
        token.Scopes,
        DateTimeOffset.FromUnixTimeMilliseconds(token.CreatedMillis),
        token.RevokedMillis is { } revoked ? DateTimeOffset.FromUnixTimeMilliseconds(revoked) : null);
}
