namespace Pharos.Local.Auth;

/// <summary>What may be shown about a token: never its secret.</summary>
public sealed record ApiTokenInfo(
    string Id,
    string Name,
    IReadOnlyList<string> Scopes,
    DateTimeOffset Created,
    DateTimeOffset? Revoked)
{
    public bool IsRevoked => Revoked is not null;
}
