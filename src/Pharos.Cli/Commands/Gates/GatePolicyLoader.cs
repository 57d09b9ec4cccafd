using Pharos.Catalog.Loading;
using Pharos.Catalog.Output;
using Pharos.Catalog.Resolution;
using Pharos.Cli.Infrastructure;
using Pharos.Core.Diagnostics;
using Pharos.Gates.Decisions;
using Pharos.Gates.Policy;

namespace Pharos.Cli.Commands.Gates;

/// <summary>
/// Builds the policy a gate verb decides with. Precedence, lowest first: seed-002 default → catalog
/// profile → profile environment override → service → service environment override → command-line
/// flag (the flags are applied by the verb afterwards). Catalog problems are printed and end the verb
/// with exit 4: a gate must not run on a policy it could not read.
/// </summary>
internal static class GatePolicyLoader
{
    public static async Task<GatePolicy> LoadAsync(GatePolicySource? source, GateTarget target, IOContext io, CancellationToken cancellationToken)
    {
        var policy = GatePolicy.Default;
        if (source is null)
        {
            return policy;
        }

        var sink = new DiagnosticBag();
        var gates = source.CatalogDirectory is not null
            ? await FromCatalogAsync(source.CatalogDirectory, source.Shown, target, sink, cancellationToken)
            : await FromGeneratedAsync(source.GeneratedDirectory!, source.Shown, target, sink, cancellationToken);
        Print(sink, io);
        if (sink.HasErrors)
        {
            throw GateInput.Bad($"cannot read the gate policy from {source.Shown}: fix the errors above.");
        }

        policy = CatalogGatePolicy.Apply(policy, gates!);
        var checks = new DiagnosticBag();
        GatePolicyValidator.Validate(policy, checks);
        Print(checks, io);
        return checks.HasErrors ? throw GateInput.Bad($"the gate policy from {source.Shown} is not valid: fix the errors above.") : policy;
    }

    private static async Task<ResolvedGates?> FromCatalogAsync(string directory, string shown, GateTarget target, DiagnosticBag sink, CancellationToken cancellationToken)
    {
        var catalog = await CatalogLoader.LoadAsync(directory, shown, sink, cancellationToken);
        if (sink.HasErrors)
        {
            return null;
        }

        var service = catalog.Services.FirstOrDefault(s => s.Name == target.Service)
            ?? throw GateInput.Bad($"service '{target.Service}' is not in {shown}/{CatalogLoader.ServicesFileName}.{NameSuggester.DidYouMean(target.Service, catalog.Services.Select(s => s.Name))}");
        if (!service.EnabledIn.Any(e => e.Value.Id == target.Environment))
        {
            throw GateInput.Bad($"service '{target.Service}' is not enabled in '{target.Environment}' in {shown}/{CatalogLoader.ServicesFileName} (enabledIn: {string.Join(", ", service.EnabledIn.Select(e => e.Value.Id))}).");
        }

        return GateResolver.Resolve(catalog, target.Service, target.Environment, sink);
    }

    private static async Task<ResolvedGates?> FromGeneratedAsync(string directory, string shown, GateTarget target, DiagnosticBag sink, CancellationToken cancellationToken)
    {
        var targets = await GeneratedFolderReader.ReadAsync(directory, shown, sink, cancellationToken);
        if (sink.HasErrors)
        {
            return null;
        }

        // Every region of a service × environment resolves the same gates, so any of its ConfigMaps will do.
        var match = targets.FirstOrDefault(t => t.Service == target.Service && t.Environment.Id == target.Environment);
        return match?.Gates ?? throw GateInput.Bad(
            $"{shown} has no generated ConfigMap for service '{target.Service}' in '{target.Environment}'. Run 'pharos generate' for it, or check --service and --env.");
    }

    private static void Print(DiagnosticBag bag, IOContext io)
    {
        var found = bag.ToSortedList();
        if (found.Count > 0)
        {
            DiagnosticPrinter.PrintText(io.Error, found, io.WorkingDirectory);
        }
    }
}
