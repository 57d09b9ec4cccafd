using Pharos.Metrics.Ingest;

namespace Pharos.Metrics.Tests.TestSupport;

internal sealed class CollectingHandler : IMetricLineHandler
{
    public List<MetricDataPoint> Points { get; } = [];

    public List<MetricMetadata> Metadata { get; } = [];

    public void OnDataPoint(in MetricDataPoint point) => Points.Add(point);

    public void OnMetadata(MetricMetadata metadata) => Metadata.Add(metadata);
}
