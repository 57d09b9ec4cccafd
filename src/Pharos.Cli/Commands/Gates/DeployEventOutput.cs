using System.Globalization;
using Pharos.Cli.Infrastructure;
using Pharos.Gates.Deployments;

namespace Pharos.Cli.Commands.Gates;

/// <summary>What <c>pharos deploy-event</c> prints: diagnostics on stderr, the event and its per-entity results on stdout.</summary>
internal static class DeployEventOutput
{
    public static void Write(IOContext io, OutputFormat format, DeploymentEventResult result)
    {
        if (format == OutputFormat.Json)
        {
            WriteJson(io, result);
            return;
        }

        DiagnosticPrinter.PrintText(io.Error, result.Diagnostics, io.WorkingDirectory);
        if (result.Request is not { } request)
        {
            io.Output.WriteLine("Nothing was sent: fix the errors above.");
            return;
        }

        if (result.Response is not { } response)
        {
            io.Output.WriteLine($"{request.EventType} \"{request.Title}\" could not be sent (exit {result.ExitCode}).");
            return;
        }

        var verb = result.Succeeded ? "Sent" : "Sent, but not recorded as asked:";
        io.Output.WriteLine($"{verb} {request.EventType} \"{request.Title}\" to {response.ReportCount} {(response.ReportCount == 1 ? "entity" : "entities")} (exit {result.ExitCode}).");
        io.Output.WriteLine($"  entitySelector: {request.EntitySelector}");
        foreach (var (key, value) in request.Properties)
        {
            io.Output.WriteLine($"  {key}: {value}");
        }

        foreach (var item in response.Results)
        {
            io.Output.WriteLine($"  {item.Status,-20} correlationId {item.CorrelationId ?? "(none)"}");
        }
    }

    private static void WriteJson(IOContext io, DeploymentEventResult result) => JsonOutput.Write(io.Output, w =>
    {
        w.WriteStartObject();
        w.WriteBoolean("ok", result.Succeeded);
        w.WriteNumber("exitCode", result.ExitCode);
        w.WriteString("ci", result.Ci.ProviderName);
        if (result.Request is { } request)
        {
            w.WriteStartObject("event");
            w.WriteString("eventType", request.EventType);
            w.WriteString("title", request.Title);
            w.WriteString("entitySelector", request.EntitySelector);
            if (request.StartTime is { } start)
            {
                w.WriteString("startTime", start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            }

            w.WriteStartObject("properties");
            foreach (var (key, value) in request.Properties)
            {
                w.WriteString(key, value);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        if (result.Response is { } response)
        {
            w.WriteNumber("reportCount", response.ReportCount);
            w.WriteStartArray("results");
            foreach (var item in response.Results)
            {
                w.WriteStartObject();
                w.WriteString("correlationId", item.CorrelationId);
                w.WriteString("status", item.Status);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        DiagnosticPrinter.WriteJson(w, result.Diagnostics);
        w.WriteEndObject();
    });
}
