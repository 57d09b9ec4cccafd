using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Pharos.Local.Http;
using Pharos.Local.Logging;

namespace Pharos.Local.Hosting;

/// <summary>Turns a bug into a 500 error envelope instead of a dropped connection, and logs it.</summary>
internal sealed class UnhandledErrorMiddleware
{
    private readonly RequestDelegate _next;
    private readonly ILogger _logger;

    public UnhandledErrorMiddleware(RequestDelegate next, ILogger<UnhandledErrorMiddleware> logger)
    {
        _next = next ?? throw new ArgumentNullException(nameof(next));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await _next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception e)
        {
            LocalLog.UnhandledError(_logger, context.Request.Method, context.Request.Path.Value ?? "/", e);
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await ApiJson.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, ApiMessages.InternalError, null, CancellationToken.None)
                    .ConfigureAwait(false);
            }
        }
    }
}
