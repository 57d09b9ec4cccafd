using System.CommandLine;
using Pharos.Cli.Infrastructure;
using Pharos.Dynatrace.Errors;
using Pharos.Sync.Engine;

namespace Pharos.Cli.Commands.Sync;

public sealed record DriftArguments(SyncArguments Sync, bool DetailedExitCode);

/// <summary>
/// <c>pharos drift</c>: read-only. Lists the environment and reports owned objects whose value
/// differs from the catalog (edited outside Pharos, or the catalog changed since the last apply),
/// desired objects that are missing, and owned objects the catalog no longer has. Exit 0, or 2 with
/// <c>--detailed-exitcode</c> when there is drift; 1 on error.
/// </summary>
public sealed class DriftCommand(IOContext io)
{
    public static Command Create(IOContext io)
    {
        var options = new SyncOptions();
        var detailed = SyncFlags.DetailedExitCode("there is drift");
        var command = new Command("drift", "Report, read-only, how Dynatrace differs from the catalog: objects edited outside Pharos, missing, or no longer in the catalog.");
        options.AddTo(command);
        command.Options.Add(detailed);
        command.SetAction((parse, ct) => new DriftCommand(io).RunAsync(new DriftArguments(options.Read(parse, io), parse.GetValue(detailed)), ct));
        return command;
    }

    public async Task<int> RunAsync(DriftArguments args, CancellationToken cancellationToken)
    {
        var (session, diagnostics) = await SyncSession.OpenAsync(args.Sync, prune: false, forceSecrets: false, cancellationToken);
        if (session is null)
        {
            return SyncFailures.NotStarted(io, args.Sync.Output, diagnostics);
        }

        using (session)
        {
            DriftReport drift;
            try
            {
                drift = await session.Engine.DriftAsync(session.Request, cancellationToken);
            }
            catch (DynatraceApiException ex)
            {
                return SyncFailures.ApiFailed(io, args.Sync.Output, diagnostics, ex, session.Secrets);
            }

            var all = diagnostics.Concat(drift.Diagnostics).ToList();
            if (args.Sync.Output == OutputFormat.Json)
            {
                JsonOutput.Write(io.Output, w =>
                {
                    w.WriteStartObject();
                    SyncJson.WriteHeader(w, !drift.Plan.HasErrors, session);
                    w.WriteBoolean("drift", drift.HasDrift);
                    SyncJson.WriteChanges(w, "modified", drift.Modified);
                    SyncJson.WriteChanges(w, "missing", drift.Missing);
                    SyncJson.WriteChanges(w, "notDesired", drift.NotDesired);
                    SyncJson.WriteChanges(w, "conflicts", drift.Conflicts);
                    w.WriteNumber("matching", drift.Plan.CountOf(PlanAction.Unchanged));
                    SyncJson.WriteRequests(w, session.Client.Requests);
                    DiagnosticPrinter.WriteJson(w, all);
                    w.WriteEndObject();
                });
            }
            else
            {
                WriteText(session, drift, all);
            }

            return drift.Plan.HasErrors ? ExitCodes.Error : args.DetailedExitCode && drift.HasDrift ? ExitCodes.ChangesPending : ExitCodes.Success;
        }
    }

    private void WriteText(SyncSession session, DriftReport drift, IReadOnlyList<Pharos.Core.Diagnostics.Diagnostic> diagnostics)
    {
        SyncText.WriteDiagnostics(io, diagnostics);
        io.Output.WriteLine($"Drift of {session.EnvironmentShown} from catalog '{session.Request.CatalogId}' (changed leaves read environment → catalog):");
        foreach (var change in drift.Modified)
        {
            SyncText.WriteChange(io.Output, change, "modified");
        }

        foreach (var change in drift.Missing)
        {
            SyncText.WriteChange(io.Output, change, "missing");
        }

        foreach (var change in drift.NotDesired)
        {
            SyncText.WriteChange(io.Output, change, "extra");
        }

        foreach (var change in drift.Conflicts)
        {
            SyncText.WriteChange(io.Output, change);
        }

        var matching = drift.Plan.CountOf(PlanAction.Unchanged);
        io.Output.WriteLine(drift.HasDrift
            ? $"Drift: {drift.Modified.Count} modified, {drift.Missing.Count} missing, {drift.NotDesired.Count} no longer in the catalog, {drift.Conflicts.Count} in conflict; {matching} match. 'pharos apply' restores the catalog's values."
            : $"No drift: all {matching} objects match the catalog.");
        io.Output.WriteLine($"Requests: {RequestStats.Of(session.Client.Requests)}.");
    }
}
