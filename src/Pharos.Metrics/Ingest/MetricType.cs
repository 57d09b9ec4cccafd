namespace Pharos.Metrics.Ingest;

/// <summary>The metric type named in a line (<c>gauge</c> or <c>count</c>); decides the key suffix rule.</summary>
public enum MetricType : byte
{
    Gauge,
    Count,
}
