namespace Pharos.Metrics.Ingest;

/// <summary>
/// Receives what a body contains, line by line, in order. The parser is generic over the handler so a
/// struct handler is called without interface dispatch. Invalid lines go to
/// <see cref="LineProtocolResult"/> rather than here.
/// </summary>
public interface IMetricLineHandler
{
    void OnDataPoint(in MetricDataPoint point);

    void OnMetadata(MetricMetadata metadata);
}
