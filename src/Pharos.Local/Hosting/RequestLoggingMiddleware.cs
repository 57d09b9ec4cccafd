using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Pharos.Local.Logging;

namespace Pharos.Local.Hosting;

/// <summary>One structured line per request: method, path, status, duration. Headers and query are never logged.</summary>
internal sealed class RequestLoggingMiddleware
{
    private readonly RequestDelegate _next;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public RequestLoggingMiddleware(RequestDelegate next, TimeProvider time, ILogger<RequestLoggingMiddleware> logger)
    {
        _next = next ?? throw new ArgumentNullException(nameof(next));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var started = _time.GetTimestamp();
        try
        {
            await _next(context).ConfigureAwait(false);
        }
        finally
        {
            var elapsed = _time.GetElapsedTime(started);
            LocalLog.Request(_logger, context.Request.Method, context.Request.Path.Value ?? "/", context.Response.StatusCode, elapsed.TotalMilliseconds);
        }
    }
}
