using Pharos.Catalog.Model;

namespace Pharos.Catalog.MetricsCatalog;

/// <summary>
/// <c>--metrics-catalog PATH</c>: every service reads this working copy, whatever url and ref it
/// pins — for developing metrics-catalog changes before they are tagged.
/// </summary>
/// <param name="path">The folder to read.</param>
/// <param name="displayUrl">How the folder is named in output (default: <paramref name="path"/> as given).</param>
public sealed class WorkingCopyMetricsCatalogSource(string path, string? displayUrl = null) : IMetricsCatalogSource
{
    private readonly MetricsCatalogSnapshot _snapshot = new(Path.GetFullPath(path), displayUrl ?? path, "working-copy", null);

    public Task<MetricsCatalogFetch> GetAsync(MetricsCatalogReference reference, CancellationToken cancellationToken) =>
        Task.FromResult(Directory.Exists(_snapshot.RootDirectory)
            ? new MetricsCatalogFetch(MetricsCatalogFetchStatus.Ok, _snapshot, null)
            : new MetricsCatalogFetch(MetricsCatalogFetchStatus.RepositoryUnavailable, null, $"--metrics-catalog folder '{path}' does not exist"));
}
