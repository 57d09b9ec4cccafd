using Pharos.Cli.Infrastructure;
using Pharos.Core.Diagnostics;
using Pharos.Dynatrace.Errors;
using Pharos.Sync.Engine;

namespace Pharos.Cli.Commands.Sync;

/// <summary>How plan, apply and drift report a run that could not start or could not read Dynatrace: exit 1.</summary>
internal static class SyncFailures
{
    public static int NotStarted(IOContext io, OutputFormat output, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (output == OutputFormat.Json)
        {
            JsonOutput.Write(io.Output, w =>
            {
                w.WriteStartObject();
                w.WriteBoolean("ok", false);
                DiagnosticPrinter.WriteJson(w, diagnostics);
                w.WriteEndObject();
            });
        }
        else
        {
            DiagnosticPrinter.PrintText(io.Error, diagnostics, io.WorkingDirectory);
            io.Error.WriteLine("Nothing was sent to Dynatrace.");
        }

        return ExitCodes.Error;
    }

    /// <summary>A request failed for good (after its retries); the client's message never holds the token.</summary>
    public static int ApiFailed(IOContext io, OutputFormat output, IReadOnlyList<Diagnostic> diagnostics, DynatraceApiException exception, SyncSecrets secrets)
    {
        var message = secrets.Scrub(exception.Message);
        if (output == OutputFormat.Json)
        {
            JsonOutput.Write(io.Output, w =>
            {
                w.WriteStartObject();
                w.WriteBoolean("ok", false);
                w.WriteString("error", message);
                DiagnosticPrinter.WriteJson(w, diagnostics);
                w.WriteEndObject();
            });
        }
        else
        {
            DiagnosticPrinter.PrintText(io.Error, diagnostics, io.WorkingDirectory);
            io.Error.WriteLine("error: " + message);
        }

        return ExitCodes.Error;
    }
}
