namespace Pharos.Metrics.Selectors.Syntax;

/// <summary>Transformations the parser knows; see <see cref="TransformationFacts"/> for their canonical names.</summary>
public enum TransformationKind
{
    Unknown,

    // Aggregations
    Auto,
    Avg,
    Count,
    Max,
    Median,
    Min,
    Percentile,
    Sum,
    Value,

    // Other transformations
    AsGauge,
    Default,
    Delta,
    Filter,
    Fold,
    Last,
    LastReal,
    Limit,
    Merge,
    Names,
    Parents,
    Partition,
    Rate,
    Rollup,
    SetUnit,
    Smooth,
    Sort,
    SplitBy,
    Timeshift,
    ToUnit,
}
