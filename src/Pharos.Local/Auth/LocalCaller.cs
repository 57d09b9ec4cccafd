using Microsoft.AspNetCore.Http;

namespace Pharos.Local.Auth;

/// <summary>The authenticated token behind a request; handlers use <see cref="TokenId"/> as the author.</summary>
public sealed record LocalCaller(string TokenId, IReadOnlyList<string> Scopes);

public static class LocalCallerExtensions
{
    /// <summary>The caller of an authenticated request; throws when called outside the authenticated pipeline.</summary>
    public static LocalCaller GetLocalCaller(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<LocalCaller>()
            ?? throw new InvalidOperationException("The request has not been authenticated by the local environment.");
    }
}
