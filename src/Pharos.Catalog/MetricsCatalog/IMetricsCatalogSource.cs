using Pharos.Catalog.Model;

namespace Pharos.Catalog.MetricsCatalog;

/// <summary>Turns a service's metrics-catalog reference into a snapshot on disk.</summary>
public interface IMetricsCatalogSource
{
    Task<MetricsCatalogFetch> GetAsync(MetricsCatalogReference reference, CancellationToken cancellationToken);
}

public enum MetricsCatalogFetchStatus
{
    Ok,
    RepositoryUnavailable,
    RefNotFound,
}

/// <summary>The outcome of a fetch: a snapshot, or why there is none (never an exception for user input).</summary>
public sealed record MetricsCatalogFetch(MetricsCatalogFetchStatus Status, MetricsCatalogSnapshot? Snapshot, string? Detail, string? Warning = null);
