using Pharos.Metrics.Ingest;

namespace Pharos.Metrics.Storage;

/// <summary>
/// The data points and metadata lines of one request, collected straight from the line-protocol parser
/// (<c>parser.Parse(body, ref batch)</c>) and appended as one unit. Not thread-safe; reusable after
/// <see cref="Clear"/> once the append has completed.
/// </summary>
public sealed class MetricWriteBatch : IMetricLineHandler
{
    private readonly List<MetricDataPoint> _points;
    private readonly List<MetricMetadata> _metadata = [];

    public MetricWriteBatch(int capacity = 0)
    {
        _points = new List<MetricDataPoint>(capacity);
    }

    public IReadOnlyList<MetricDataPoint> Points => _points;

    public IReadOnlyList<MetricMetadata> Metadata => _metadata;

    public bool IsEmpty => _points.Count == 0 && _metadata.Count == 0;

    public void Add(in MetricDataPoint point) => _points.Add(point);

    public void Add(MetricMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        _metadata.Add(metadata);
    }

    public void Clear()
    {
        _points.Clear();
        _metadata.Clear();
    }

    void IMetricLineHandler.OnDataPoint(in MetricDataPoint point) => _points.Add(point);

    void IMetricLineHandler.OnMetadata(MetricMetadata metadata) => _metadata.Add(metadata);
}
