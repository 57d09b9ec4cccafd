using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Pharos.Local.Http;
using Pharos.Local.Logging;

namespace Pharos.Local.Auth;

/// <summary>
/// Lets no request through without a valid, unrevoked token, then enforces the endpoint's scope.
/// Answers 401/403 with the exact Dynatrace bodies. Never logs the header or the token.
/// </summary>
internal sealed class AuthenticationMiddleware
{
    private readonly RequestDelegate _next;
    private readonly TokenAuthenticator _authenticator;
    private readonly ILogger _logger;

    public AuthenticationMiddleware(RequestDelegate next, TokenAuthenticator authenticator, ILogger<AuthenticationMiddleware> logger)
    {
        _next = next ?? throw new ArgumentNullException(nameof(next));
        _authenticator = authenticator ?? throw new ArgumentNullException(nameof(authenticator));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var surface = ApiSurfaces.Of(context.Request.Path);
        var cancellationToken = context.RequestAborted;
        var header = context.Request.Headers.Authorization.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            await RejectAsync(context, 401, ApiMessages.MissingAuthorization, "no Authorization header").ConfigureAwait(false);
            return;
        }

        var scheme = ApiSurfaces.Scheme(surface);
        if (!header.StartsWith(scheme + " ", StringComparison.OrdinalIgnoreCase))
        {
            var message = surface == ApiSurface.Platform ? ApiMessages.ExpectedBearer : ApiMessages.MissingAuthorization;
            await RejectAsync(context, 401, message, $"Authorization scheme is not {scheme}").ConfigureAwait(false);
            return;
        }

        var (outcome, token) = await _authenticator.AuthenticateAsync(header[(scheme.Length + 1)..].Trim(), cancellationToken).ConfigureAwait(false);
        if (outcome != AuthenticationOutcome.Authenticated || token is null)
        {
            await RejectAsync(context, 401, ApiMessages.TokenAuthenticationFailed, $"token {outcome.ToString().ToLowerInvariant()}").ConfigureAwait(false);
            return;
        }

        var required = context.GetEndpoint()?.Metadata.GetMetadata<RequiredScopeMetadata>()?.Scope;
        if (required is not null && !token.Scopes.Contains(required.Name, StringComparer.Ordinal))
        {
            LocalLog.AuthenticationRejected(_logger, context.Request.Method, context.Request.Path, 403, $"token {token.TokenId} lacks {required.Name}");
            var error = surface == ApiSurface.Platform
                ? new ApiError(403, ApiMessages.InsufficientPermissions, null, new ApiErrorDetails([required.PlatformScope]))
                : new ApiError(403, ApiMessages.MissingScope(required.Name, required.DisplayName));
            await ApiJson.WriteAsync(context, 403, new ErrorEnvelope(error), cancellationToken).ConfigureAwait(false);
            return;
        }

        context.Features.Set(new LocalCaller(token.TokenId, token.Scopes));
        await _next(context).ConfigureAwait(false);
    }

    private Task RejectAsync(HttpContext context, int status, string message, string reason)
    {
        LocalLog.AuthenticationRejected(_logger, context.Request.Method, context.Request.Path, status, reason);
        return ApiJson.WriteErrorAsync(context, status, message, null, context.RequestAborted);
    }
}
