using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pharos.Local.Auth;
using Pharos.Local.Faults;
using Pharos.Local.Http;
using Pharos.Local.Modules;

namespace Pharos.Local.Hosting;

/// <summary>Middleware order: log → catch bugs → inject faults → route → authenticate → endpoint.</summary>
internal static class LocalPipeline
{
    public static void Configure(WebApplication app)
    {
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseMiddleware<UnhandledErrorMiddleware>();
        if (app.Services.GetRequiredService<FaultInjector>().IsEnabled)
        {
            app.UseMiddleware<FaultInjectionMiddleware>();
        }

        app.UseRouting();
        app.UseMiddleware<AuthenticationMiddleware>();

        var routes = new LocalApiRouteBuilder(app);
        foreach (var module in app.Services.GetServices<ILocalApiModule>())
        {
            module.MapRoutes(routes);
        }

        // Reached only by authenticated callers: an unknown path is a 404 in the classic envelope.
        app.MapFallback("{**path}", context =>
            ApiJson.WriteErrorAsync(context, StatusCodes.Status404NotFound, ApiMessages.NotFound, null, context.RequestAborted));
    }
}
