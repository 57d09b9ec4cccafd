using Pharos.Catalog.Diagnostics;
using Pharos.Catalog.Loading;
using Pharos.Catalog.MetricsCatalog;
using Pharos.Catalog.Model;
using Pharos.Catalog.Resolution;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog;

/// <summary>
/// The catalog compiler's one entry point: load the catalog, fetch each pinned metrics-catalog
/// version once, resolve every service × environment × region, and validate everything —
/// reporting all problems, never stopping at the first.
/// </summary>
public sealed class CatalogCompiler(IMetricsCatalogSource metricsCatalogs)
{
    /// <param name="catalogDirectory">The folder holding services.yaml and monitoring-profiles.yaml.</param>
    /// <param name="displayDirectory">How the folder is named in diagnostics; defaults to <paramref name="catalogDirectory"/>.</param>
    public async Task<CompilationResult> CompileAsync(string catalogDirectory, CancellationToken cancellationToken, string? displayDirectory = null)
    {
        var sink = new DiagnosticBag();
        var catalog = await CatalogLoader.LoadAsync(catalogDirectory, displayDirectory ?? catalogDirectory, sink, cancellationToken);
        ServiceValidator.Check(catalog, sink);

        var (snapshots, snapshotInputs) = await FetchSnapshotsAsync(catalog, catalogDirectory, sink, cancellationToken);
        var services = catalog.Services.DistinctBy(s => s.Name).ToList();

        // Services resolve independently; the sink and the snapshots' parse caches are thread-safe.
        var perService = new IReadOnlyList<ResolvedTarget>[services.Count];
        Parallel.For(0, services.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            perService[i] = ResolveService(services[i], catalog, snapshots, sink));

        var targets = perService.SelectMany(t => t).ToList();
        targets.Sort((a, b) => string.CompareOrdinal(a.Service + "/" + a.Environment.Id + "/" + a.Region, b.Service + "/" + b.Environment.Id + "/" + b.Region));
        return new CompilationResult(catalog, targets, sink.ToSortedList()) { MetricsCatalogInputs = snapshotInputs };
    }

    private static IReadOnlyList<ResolvedTarget> ResolveService(
        ServiceDefinition service, ServiceCatalog catalog, Dictionary<string, MetricsCatalogSnapshot> snapshots, IDiagnosticSink sink)
    {
        if (!service.Monitoring.Dynatrace)
        {
            return [];
        }

        MonitoringProfile? profile = null;
        if (service.MonitoringProfile is { } name && !catalog.Profiles.TryGetValue(name.Value, out profile))
        {
            return []; // Reported by ServiceValidator.
        }

        if (profile is { Dynatrace.Enabled: false })
        {
            return [];
        }

        snapshots.TryGetValue(service.Name, out var snapshot);
        return TargetResolver.Resolve(service, profile, snapshot, sink).ToList();
    }

    /// <summary>
    /// The identity of each metrics-catalog snapshot the given references resolve to now (commit, or a
    /// working copy's content stamp): what incremental generation compares to decide nothing changed.
    /// </summary>
    public async Task<IReadOnlyList<MetricsCatalogInput>> ResolveInputsAsync(IEnumerable<MetricsCatalogInput> previous, CancellationToken cancellationToken)
    {
        var result = new List<MetricsCatalogInput>();
        foreach (var input in previous)
        {
            var fetch = await metricsCatalogs.GetAsync(new MetricsCatalogReference(input.Url, input.Ref, new SourceLocation("", 1, 1)), cancellationToken);
            result.Add(input with { Identity = fetch.Snapshot?.Identity ?? "unavailable" });
        }

        return result;
    }

    private async Task<(Dictionary<string, MetricsCatalogSnapshot>, IReadOnlyList<MetricsCatalogInput>)> FetchSnapshotsAsync(
        ServiceCatalog catalog, string catalogDirectory, IDiagnosticSink sink, CancellationToken cancellationToken)
    {
        var withRepository = catalog.Services.Where(s => s.Monitoring.Repository is not null).DistinctBy(s => s.Name).ToList();
        var fetches = withRepository.Select(async service =>
        {
            var reference = service.Monitoring.Repository!;
            reference = reference with { Url = RepositoryUrls.Resolve(reference.Url, catalogDirectory) };
            var fetch = await metricsCatalogs.GetAsync(reference, cancellationToken);
            return (service, reference, fetch);
        });

        var result = new Dictionary<string, MetricsCatalogSnapshot>(StringComparer.Ordinal);
        var inputs = new SortedDictionary<(string, string), MetricsCatalogInput>();
        foreach (var (service, reference, fetch) in await Task.WhenAll(fetches))
        {
            var url = UrlRedactor.Redact(service.Monitoring.Repository!.Url);
            switch (fetch.Status)
            {
                case MetricsCatalogFetchStatus.Ok:
                    result[service.Name] = fetch.Snapshot!;
                    inputs[(reference.Url, reference.Ref)] = new MetricsCatalogInput(reference.Url, reference.Ref, fetch.Snapshot!.Identity);
                    if (fetch.Warning is not null)
                    {
                        sink.Add(CatalogDiagnostics.MetricsCatalogStale(reference.Location, fetch.Warning));
                    }

                    break;
                case MetricsCatalogFetchStatus.RefNotFound:
                    sink.Add(CatalogDiagnostics.MetricsCatalogRefMissing(reference.Location, service.Name, url, reference.Ref));
                    break;
                default:
                    sink.Add(CatalogDiagnostics.MetricsCatalogUnavailable(reference.Location, service.Name, url, reference.Ref, fetch.Detail ?? "unknown error"));
                    break;
            }
        }

        return (result, inputs.Values.ToList());
    }
}

/// <summary>What the compiler produced; <see cref="Targets"/> are only meaningful when there are no errors.</summary>
public sealed record CompilationResult(ServiceCatalog Catalog, IReadOnlyList<ResolvedTarget> Targets, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The metrics-catalog snapshots the result was computed from, for incremental generation.</summary>
    public IReadOnlyList<MetricsCatalogInput> MetricsCatalogInputs { get; init; } = [];
}

/// <summary>A metrics-catalog reference (url resolved, ref as written) and the identity of what it resolved to.</summary>
public sealed record MetricsCatalogInput(string Url, string Ref, string Identity);
