using Pharos.Catalog.Model;

namespace Pharos.Catalog.MetricsCatalog;

/// <summary>
/// <c>--metrics-catalog PATH</c>: every service reads this working copy, whatever url and ref it
/// pins — for developing metrics-catalog changes before they are tagged.
/// </summary>
public sealed class WorkingCopyMetricsCatalogSource(string path) : IMetricsCatalogSource
{
    private readonly MetricsCatalogSnapshot _snapshot = new(Path.GetFullPath(path), path, "working-copy", null);

    public Task<MetricsCatalogFetch> GetAsync(MetricsCatalogReference reference, CancellationToken cancellationToken) =>
        Task.FromResult(Directory.Exists(_snapshot.RootDirectory)
            ? new MetricsCatalogFetch(MetricsCatalogFetchStatus.Ok, _snapshot, null)
            : new MetricsCatalogFetch(MetricsCatalogFetchStatus.RepositoryUnavailable, null, $"--metrics-catalog folder '{path}' does not exist"));
}
