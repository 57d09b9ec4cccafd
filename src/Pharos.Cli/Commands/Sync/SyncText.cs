using Pharos.Cli.Infrastructure;
using Pharos.Core.Diagnostics;
using Pharos.Sync.Engine;

namespace Pharos.Cli.Commands.Sync;

/// <summary>How plan, apply and drift show objects to people: one line per object, changed leaves below updates.</summary>
internal static class SyncText
{
    private const int MaxChangesShown = 20;
    private const int MaxValueLength = 120;

    public static void WriteChange(TextWriter output, PlannedChange change, string? verb = null, bool showDiff = true)
    {
        var (sign, word) = change.Action switch
        {
            PlanAction.Create => ("+", "create"),
            PlanAction.Update => ("~", "update"),
            PlanAction.Delete => ("-", "delete"),
            PlanAction.Orphaned => ("?", "orphaned"),
            PlanAction.Conflict => ("!", "conflict"),
            _ => (" ", "unchanged"),
        };
        var kind = change.Kind is { } k ? SyncKinds.Label(k) : change.SchemaId;
        var where = change.Location is { } at ? $"  ({at})" : $"  ({change.ExternalId})";
        var reason = change.Reason is null ? "" : $"  [{change.Reason}]";
        output.WriteLine($"{sign} {verb ?? word,-9} {kind,-16} {change.Label}{where}{reason}");
        if (!showDiff)
        {
            return;
        }

        foreach (var diff in change.Changes.Take(MaxChangesShown))
        {
            output.WriteLine($"      {diff.Path}: {Shorten(diff.Before) ?? "(absent)"} → {Shorten(diff.After) ?? "(absent)"}");
        }

        if (change.Changes.Count > MaxChangesShown)
        {
            output.WriteLine($"      … and {change.Changes.Count - MaxChangesShown} more (--output json shows all)");
        }
    }

    public static string Summary(PlanResult plan) =>
        $"{plan.CountOf(PlanAction.Create)} to create, {plan.CountOf(PlanAction.Update)} to update, {plan.CountOf(PlanAction.Delete)} to delete, {plan.CountOf(PlanAction.Unchanged)} unchanged";

    public static void WriteOrphanHint(TextWriter output, PlanResult plan)
    {
        var orphans = plan.CountOf(PlanAction.Orphaned);
        if (orphans > 0)
        {
            output.WriteLine($"{orphans} object{(orphans == 1 ? "" : "s")} of this catalog {(orphans == 1 ? "is" : "are")} no longer in it and {(orphans == 1 ? "was" : "were")} left alone; pass --prune to delete {(orphans == 1 ? "it" : "them")}.");
        }
    }

    public static void WriteDiagnostics(IOContext io, IReadOnlyList<Diagnostic> diagnostics) =>
        DiagnosticPrinter.PrintText(io.Error, diagnostics, io.WorkingDirectory);

    private static string? Shorten(string? value) =>
        value is null || value.Length <= MaxValueLength ? value : value[..(MaxValueLength - 1)] + "…";
}
