namespace Pharos.Metrics.Query;

/// <summary>Maps to the HTTP status: 200, 400 or 404 (unknown metric).</summary>
public enum MetricQueryStatus
{
    Ok,
    BadRequest,
    NotFound,
}
