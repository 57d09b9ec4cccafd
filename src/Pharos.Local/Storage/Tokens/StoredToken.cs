namespace Pharos.Local.Storage.Tokens;

/// <summary>A token as persisted: the secret exists only as a salted hash.</summary>
internal sealed record StoredToken(
    string TokenId,
    string Name,
    IReadOnlyList<string> Scopes,
    byte[] Salt,
    byte[] SecretHash,
    long CreatedMillis,
    long? RevokedMillis);
