namespace Pharos.Metrics.Query;

/// <summary>Evaluates <c>GET /api/v2/metrics/query</c>. User-input problems come back as results, never exceptions.</summary>
public interface IMetricQueryEngine
{
    ValueTask<MetricQueryResult> QueryAsync(MetricQueryRequest request, CancellationToken cancellationToken);
}
