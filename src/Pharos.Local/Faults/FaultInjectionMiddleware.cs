using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Pharos.Local.Hosting;
using Pharos.Local.Http;
using Pharos.Local.Logging;

namespace Pharos.Local.Faults;

/// <summary>Fails the configured share of requests before authentication or handling; 429 carries Retry-After.</summary>
internal sealed class FaultInjectionMiddleware
{
    private readonly RequestDelegate _next;
    private readonly FaultInjector _injector;
    private readonly LocalEnvironmentOptions _options;
    private readonly ILogger _logger;

    public FaultInjectionMiddleware(RequestDelegate next, FaultInjector injector, LocalEnvironmentOptions options, ILogger<FaultInjectionMiddleware> logger)
    {
        _next = next ?? throw new ArgumentNullException(nameof(next));
        _injector = injector ?? throw new ArgumentNullException(nameof(injector));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public Task InvokeAsync(HttpContext context)
    {
        var status = _injector.Draw();
        if (status is null)
        {
            return _next(context);
        }

        LocalLog.FaultInjected(_logger, status.Value, context.Request.Method, context.Request.Path);
        if (status == StatusCodes.Status429TooManyRequests)
        {
            var seconds = Math.Max(0, (int)Math.Ceiling(_options.FaultRetryAfter.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return ApiJson.WriteErrorAsync(context, status.Value, ApiMessages.TooManyRequests, null, context.RequestAborted);
        }

        var message = $"{ReasonPhrase(status.Value)}: the local environment injected this fault on purpose.";
        return ApiJson.WriteErrorAsync(context, status.Value, message, null, context.RequestAborted);
    }

    private static string ReasonPhrase(int status)
    {
        var phrase = Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
        return string.IsNullOrEmpty(phrase) ? $"HTTP {status}" : phrase;
    }
}
