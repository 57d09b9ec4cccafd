namespace Pharos.Metrics.Descriptors;

/// <summary><c>GET /api/v2/metrics</c> and <c>GET /api/v2/metrics/{metricKey}</c>; user-input problems come back as results.</summary>
public interface IMetricDescriptorService
{
    ValueTask<MetricDescriptorListResult> ListAsync(MetricDescriptorListRequest request, CancellationToken cancellationToken);

    /// <summary><paramref name="metricSelector"/> is a key, optionally with aggregation, :merge or :splitBy transformations.</summary>
    ValueTask<MetricDescriptorResult> GetAsync(string metricSelector, CancellationToken cancellationToken);
}
