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

        var snapshots = await FetchSnapshotsAsync(catalog, catalogDirectory, sink, cancellationToken);
        var targets = new List<ResolvedTarget>();
        foreach (var service in catalog.Services.DistinctBy(s => s.Name))
        {
            if (!service.Monitoring.Dynatrace)
            {
                continue;
            }

            MonitoringProfile? profile = null;
            if (service.MonitoringProfile is { } name && !catalog.Profiles.TryGetValue(name.Value, out profile))
            {
                continue; // Reported by ServiceValidator.
            }

            if (profile is { Dynatrace.Enabled: false })
            {
                continue;
            }

            snapshots.TryGetValue(service.Name, out var snapshot);
            targets.AddRange(TargetResolver.Resolve(service, profile, snapshot, sink));
        }

        targets.Sort((a, b) => string.CompareOrdinal(a.Service + "/" + a.Environment.Id + "/" + a.Region, b.Service + "/" + b.Environment.Id + "/" + b.Region));
        return new CompilationResult(catalog, targets, sink.ToSortedList());
    }

    private async Task<Dictionary<string, MetricsCatalogSnapshot>> FetchSnapshotsAsync(
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
        foreach (var (service, reference, fetch) in await Task.WhenAll(fetches))
        {
            var url = UrlRedactor.Redact(service.Monitoring.Repository!.Url);
            switch (fetch.Status)
            {
                case MetricsCatalogFetchStatus.Ok:
                    result[service.Name] = fetch.Snapshot!;
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

        return result;
    }
}

/// <summary>What the compiler produced; <see cref="Targets"/> are only meaningful when there are no errors.</summary>
public sealed record CompilationResult(ServiceCatalog Catalog, IReadOnlyList<ResolvedTarget> Targets, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
