using System.CommandLine;
using Pharos.Cli.Infrastructure;
using Pharos.Dynatrace.Errors;
using Pharos.Sync.Engine;

namespace Pharos.Cli.Commands.Sync;

public sealed record ApplyArguments(SyncArguments Sync, bool Prune, bool ForceSecrets);

/// <summary>
/// <c>pharos apply</c>: plans (with the server-side check), and when the plan is clean writes it:
/// batched POSTs in creation order with bounded concurrency, then deletes with <c>--prune</c>. A
/// failed object is reported with its catalog file:line and the exit code is 1; the rest stays
/// applied and a re-run converges. Nothing changed means no writes at all.
/// </summary>
public sealed class ApplyCommand(IOContext io)
{
    public static Command Create(IOContext io)
    {
        var options = new SyncOptions();
        var prune = SyncFlags.Prune();
        var forceSecrets = SyncFlags.ForceSecrets();
        var command = new Command("apply", "Make Dynatrace match the catalog: create, update (and with --prune delete) what the plan shows.");
        options.AddTo(command);
        command.Options.Add(prune);
        command.Options.Add(forceSecrets);
        command.SetAction((parse, ct) => new ApplyCommand(io).RunAsync(
            new ApplyArguments(options.Read(parse, io), parse.GetValue(prune), parse.GetValue(forceSecrets)), ct));
        return command;
    }

    public async Task<int> RunAsync(ApplyArguments args, CancellationToken cancellationToken)
    {
        var (session, diagnostics) = await SyncSession.OpenAsync(args.Sync, args.Prune, args.ForceSecrets, cancellationToken);
        if (session is null)
        {
            return SyncFailures.NotStarted(io, args.Sync.Output, diagnostics);
        }

        using (session)
        {
            ApplyResult result;
            try
            {
                var plan = await session.Engine.PlanAsync(session.Request, cancellationToken);
                using var progress = io.IsTerminal && args.Sync.Output == OutputFormat.Text && plan.HasChanges && !plan.HasErrors ? new ProgressBar(io.Error) : null;
                result = await session.Engine.ExecuteAsync(plan, session.Secrets, progress, cancellationToken);
            }
            catch (DynatraceApiException ex)
            {
                return SyncFailures.ApiFailed(io, args.Sync.Output, diagnostics, ex, session.Secrets);
            }

            var all = diagnostics.Concat(result.Diagnostics).ToList();
            if (args.Sync.Output == OutputFormat.Json)
            {
                WriteJson(session, result, all);
            }
            else
            {
                WriteText(session, result, all);
            }

            return result.Succeeded ? ExitCodes.Success : ExitCodes.Error;
        }
    }

    private void WriteJson(SyncSession session, ApplyResult result, IReadOnlyList<Pharos.Core.Diagnostics.Diagnostic> diagnostics) =>
        JsonOutput.Write(io.Output, w =>
        {
            w.WriteStartObject();
            SyncJson.WriteHeader(w, result.Succeeded, session);
            w.WriteBoolean("executed", !result.Plan.HasErrors);
            SyncJson.WriteSummary(w, result.Plan);
            w.WriteStartObject("outcomes");
            foreach (var status in Enum.GetValues<OutcomeStatus>())
            {
                w.WriteNumber(status.ToString().ToLowerInvariant(), result.CountOf(status));
            }

            w.WriteEndObject();
            w.WriteStartArray("results");
            foreach (var outcome in result.Outcomes)
            {
                SyncJson.WriteChange(w, outcome.Change with { Before = null, After = null }, o =>
                {
                    o.WriteString("status", outcome.Status.ToString().ToLowerInvariant());
                    if (outcome.ObjectId is not null)
                    {
                        o.WriteString("resultObjectId", outcome.ObjectId);
                    }

                    if (outcome.Message is not null)
                    {
                        o.WriteString("message", outcome.Message);
                    }
                });
            }

            w.WriteEndArray();
            SyncJson.WriteNotSynced(w, result.Plan.NotSynced);
            SyncJson.WriteRequests(w, session.Client.Requests);
            DiagnosticPrinter.WriteJson(w, diagnostics);
            w.WriteEndObject();
        });

    private void WriteText(SyncSession session, ApplyResult result, IReadOnlyList<Pharos.Core.Diagnostics.Diagnostic> diagnostics)
    {
        SyncText.WriteDiagnostics(io, diagnostics);
        var plan = result.Plan;
        io.Output.WriteLine($"Apply of catalog '{session.Request.CatalogId}' to {session.EnvironmentShown} ({session.Request.Desired.Count} desired objects):");
        if (plan.HasErrors)
        {
            io.Output.WriteLine($"Nothing was written: the plan has {plan.Diagnostics.Count(d => d.IsError)} error(s) (above). Plan: {SyncText.Summary(plan)}.");
            return;
        }

        foreach (var outcome in result.Outcomes)
        {
            SyncText.WriteChange(io.Output, outcome.Change, Verb(outcome), showDiff: false);
        }

        var created = Count(result, PlanAction.Create);
        var updated = Count(result, PlanAction.Update);
        var deleted = Count(result, PlanAction.Delete);
        io.Output.WriteLine(
            $"Apply: {created} created, {updated} updated, {deleted} deleted, {plan.CountOf(PlanAction.Unchanged)} unchanged; " +
            $"{result.CountOf(OutcomeStatus.Failed)} failed, {result.CountOf(OutcomeStatus.Skipped)} skipped.");
        SyncText.WriteOrphanHint(io.Output, plan);
        io.Output.WriteLine($"Requests: {RequestStats.Of(session.Client.Requests)}.");
        if (!result.Succeeded)
        {
            io.Output.WriteLine("Some objects were not written (errors above); what succeeded stays applied. Fix the cause and run apply again.");
        }
    }

    private static int Count(ApplyResult result, PlanAction action) =>
        result.Outcomes.Count(o => o.Status == OutcomeStatus.Applied && o.Change.Action == action);

    private static string Verb(ObjectOutcome outcome) => outcome.Status switch
    {
        OutcomeStatus.Failed => "FAILED",
        OutcomeStatus.Skipped => "SKIPPED",
        _ => outcome.Change.Action switch
        {
            PlanAction.Create => "created",
            PlanAction.Delete => "deleted",
            _ => "updated",
        },
    };
}
