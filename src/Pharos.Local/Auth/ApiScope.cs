namespace Pharos.Local.Auth;

/// <summary>
/// A scope an endpoint requires. <see cref="Name"/> is the classic API-token scope (e.g. <c>settings.read</c>),
/// <see cref="DisplayName"/> appears in the 403 message, and <see cref="PlatformScope"/> is the OAuth scope
/// named in the platform-gateway 403 body (<c>details.missingScopes</c>).
/// </summary>
public sealed record ApiScope(string Name, string DisplayName, string PlatformScope);
