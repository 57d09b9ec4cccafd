using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Pharos.Cli.Infrastructure;

namespace Pharos.Cli.Commands.Local;

/// <summary>
/// The local environment's structured log goes to stderr (stdout carries the banner or JSON a script
/// reads). ASP.NET's own hosting diagnostics are kept at warning: they would repeat each request
/// with its query string. The environment's request log never contains headers or tokens.
/// </summary>
internal static class LocalLogging
{
    /// <param name="quiet">Only warnings and errors (for <c>pharos up</c>, whose own output tells the story).</param>
    public static void AddConsole(IServiceCollection services, OutputFormat format, bool quiet = false) =>
        services.AddLogging(logging =>
        {
            logging.ClearProviders();
            logging.SetMinimumLevel(quiet ? LogLevel.Warning : LogLevel.Information);
            logging.AddFilter("Microsoft", LogLevel.Warning);
            logging.AddFilter("System", LogLevel.Warning);
            if (format == OutputFormat.Json)
            {
                logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
            }
            else
            {
                logging.AddSimpleConsole(o =>
                {
                    o.SingleLine = true;
                    o.UseUtcTimestamp = true;
                    o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
                });
            }

            logging.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        });
}
