using Pharos.Core.Diagnostics;
using Pharos.Metrics.Query.Model;

namespace Pharos.Metrics.Query;

/// <summary>
/// <see cref="Data"/> when <see cref="Status"/> is Ok; otherwise <see cref="Diagnostics"/> says what is
/// wrong. Each diagnostic's location names the query parameter (<c>metricSelector</c>, <c>from</c>, …)
/// and, for the selector, the column, so it maps to a constraint violation with that path.
/// </summary>
public sealed record MetricQueryResult(MetricQueryStatus Status, MetricData? Data, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool IsOk => Status == MetricQueryStatus.Ok;

    /// <summary>The error envelope's message: the first diagnostic's text.</summary>
    public string? ErrorMessage => Diagnostics.FirstOrDefault(d => d.IsError)?.Message;

    internal static MetricQueryResult Ok(MetricData data) => new(MetricQueryStatus.Ok, data, []);

    internal static MetricQueryResult Failed(MetricQueryStatus status, IReadOnlyList<Diagnostic> diagnostics) => new(status, null, diagnostics);
}
