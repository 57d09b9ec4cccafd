namespace Pharos.Conditions.Symbols;

public enum CustomMetricType
{
    Counter,
    Gauge,
    Histogram,
    Summary,
}
