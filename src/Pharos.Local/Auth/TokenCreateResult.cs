using Pharos.Core.Diagnostics;

namespace Pharos.Local.Auth;

/// <summary>
/// The outcome of creating a token. <see cref="Token"/> is the full token text and is available only
/// here, once; on failure it is null and <see cref="Diagnostics"/> says why.
/// </summary>
public sealed record TokenCreateResult(string? Token, ApiTokenInfo? Info, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Token is not null;
}
