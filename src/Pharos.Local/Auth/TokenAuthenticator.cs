using Pharos.Local.Storage.Tokens;

namespace Pharos.Local.Auth;

internal enum AuthenticationOutcome
{
    Authenticated,
    Malformed,
    Unknown,
    Revoked,
}

/// <summary>Checks a presented token against the store, comparing secrets in constant time.</summary>
internal sealed class TokenAuthenticator
{
    private readonly ITokenStore _store;

    public TokenAuthenticator(ITokenStore store)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
    }

    public async Task<(AuthenticationOutcome Outcome, StoredToken? Token)> AuthenticateAsync(string presented, CancellationToken cancellationToken)
    {
        if (!ApiTokenFormat.TryParse(presented, out var tokenId, out var secret))
        {
            return (AuthenticationOutcome.Malformed, null);
        }

        var stored = await _store.FindAsync(tokenId, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            // Hash anyway so an unknown id costs as much time as a wrong secret.
            _ = TokenSecretHasher.Verify(secret, new byte[TokenSecretHasher.SaltLength], new byte[32]);
            return (AuthenticationOutcome.Unknown, null);
        }

        if (!TokenSecretHasher.Verify(secret, stored.Salt, stored.SecretHash))
        {
            return (AuthenticationOutcome.Unknown, null);
        }

        return stored.RevokedMillis is null
            ? (AuthenticationOutcome.Authenticated, stored)
            : (AuthenticationOutcome.Revoked, null);
    }
}
