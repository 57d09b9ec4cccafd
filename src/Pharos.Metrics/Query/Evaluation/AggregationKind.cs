namespace Pharos.Metrics.Query.Evaluation;

internal enum AggregationKind
{
    Auto,
    Avg,
    Count,
    Max,
    Median,
    Min,
    Percentile,
    Sum,
    Value,
}
