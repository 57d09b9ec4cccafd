using Pharos.Core.Diagnostics;
using Pharos.Metrics.Storage;

namespace Pharos.Metrics.Query.Evaluation;

/// <summary>Everything one query evaluation shares: inputs resolved up front, limits, and what was read and reported.</summary>
internal sealed class QueryContext(
    IMetricStore store,
    MetricQueryOptions options,
    MetricApiDiagnostics diagnostics,
    IReadOnlyDictionary<string, MetricInfo> metrics,
    IReadOnlyDictionary<string, IReadOnlySet<string>> entitySets,
    DimensionFilter? entityRestriction,
    IEntityNameResolver? names,
    IEntityParentResolver? parents,
    bool keepValues,
    CancellationToken cancellationToken)
{
    public IMetricStore Store { get; } = store;

    public MetricQueryOptions Options { get; } = options;

    public MetricApiDiagnostics Diagnostics { get; } = diagnostics;

    public IReadOnlyDictionary<string, MetricInfo> Metrics { get; } = metrics;

    /// <summary>Entity ids of every <c>entitySelector("…")</c> in the selector, resolved before evaluation.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> EntitySets { get; } = entitySets;

    public DimensionFilter? EntityRestriction { get; } = entityRestriction;

    public IEntityNameResolver? Names { get; } = names;

    public IEntityParentResolver? Parents { get; } = parents;

    /// <summary>Whether point values are kept per slot (only when a median or percentile is asked for).</summary>
    public bool KeepValues { get; } = keepValues;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public List<Diagnostic> Problems { get; } = [];

    public List<string> Warnings { get; } = [];

    /// <summary>True when a metric disappeared between resolution and reading; the query answers 404.</summary>
    public bool MetricMissing { get; set; }

    public long PointsRead { get; set; }

    public long SeriesRead { get; set; }

    public void Report(Diagnostic diagnostic) => Problems.Add(diagnostic);
}
