using System.CommandLine;
using Pharos.Cli.Infrastructure;
using Pharos.Dynatrace.Errors;
using Pharos.Sync.Engine;

namespace Pharos.Cli.Commands.Sync;

public sealed record PlanArguments(SyncArguments Sync, bool Prune, bool ForceSecrets, bool DetailedExitCode);

/// <summary>
/// <c>pharos plan</c>: what apply would do, object by object (create, update, delete, unchanged),
/// from one paginated list per schema and a normalised diff, with every create and update checked
/// by Dynatrace (<c>validateOnly=true</c>) and errors pointing at the catalog's file:line. Writes nothing.
/// Exit 0, or 2 with <c>--detailed-exitcode</c> when changes are pending; 1 on any error.
/// </summary>
public sealed class PlanCommand(IOContext io)
{
    public static Command Create(IOContext io)
    {
        var options = new SyncOptions();
        var prune = SyncFlags.Prune();
        var forceSecrets = SyncFlags.ForceSecrets();
        var detailed = SyncFlags.DetailedExitCode("changes are pending");
        var command = new Command("plan", "Show what apply would change in Dynatrace, checked server-side; writes nothing.");
        options.AddTo(command);
        command.Options.Add(prune);
        command.Options.Add(forceSecrets);
        command.Options.Add(detailed);
        command.SetAction((parse, ct) => new PlanCommand(io).RunAsync(
            new PlanArguments(options.Read(parse, io), parse.GetValue(prune), parse.GetValue(forceSecrets), parse.GetValue(detailed)), ct));
        return command;
    }

    public async Task<int> RunAsync(PlanArguments args, CancellationToken cancellationToken)
    {
        var (session, diagnostics) = await SyncSession.OpenAsync(args.Sync, args.Prune, args.ForceSecrets, cancellationToken);
        if (session is null)
        {
            return SyncFailures.NotStarted(io, args.Sync.Output, diagnostics);
        }

        using (session)
        {
            PlanResult plan;
            try
            {
                plan = await session.Engine.PlanAsync(session.Request, cancellationToken);
            }
            catch (DynatraceApiException ex)
            {
                return SyncFailures.ApiFailed(io, args.Sync.Output, diagnostics, ex, session.Secrets);
            }

            var all = diagnostics.Concat(plan.Diagnostics).ToList();
            if (args.Sync.Output == OutputFormat.Json)
            {
                JsonOutput.Write(io.Output, w =>
                {
                    w.WriteStartObject();
                    SyncJson.WriteHeader(w, !plan.HasErrors, session);
                    w.WriteBoolean("changesPending", plan.HasChanges);
                    SyncJson.WriteSummary(w, plan);
                    SyncJson.WriteChanges(w, "changes", plan.Changes);
                    SyncJson.WriteNotSynced(w, plan.NotSynced);
                    SyncJson.WriteRequests(w, session.Client.Requests);
                    DiagnosticPrinter.WriteJson(w, all);
                    w.WriteEndObject();
                });
            }
            else
            {
                SyncText.WriteDiagnostics(io, all);
                io.Output.WriteLine($"Plan for catalog '{session.Request.CatalogId}' in {session.EnvironmentShown} ({session.Request.Desired.Count} desired objects):");
                foreach (var change in plan.Changes.Where(c => c.Action != PlanAction.Unchanged))
                {
                    SyncText.WriteChange(io.Output, change);
                }

                io.Output.WriteLine($"Plan: {SyncText.Summary(plan)}.");
                SyncText.WriteOrphanHint(io.Output, plan);
                io.Output.WriteLine($"Requests: {RequestStats.Of(session.Client.Requests)}.");
                if (plan.HasErrors)
                {
                    io.Output.WriteLine("The plan has errors: apply would write nothing until they are fixed.");
                }
            }

            return plan.HasErrors ? ExitCodes.Error : args.DetailedExitCode && plan.HasChanges ? ExitCodes.ChangesPending : ExitCodes.Success;
        }
    }
}
