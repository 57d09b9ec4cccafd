namespace Pharos.Local.Auth;

/// <summary>Endpoint metadata naming the scope a token needs for the endpoint.</summary>
internal sealed record RequiredScopeMetadata(ApiScope Scope);
