using Pharos.Evaluation.MetricEvents;

namespace Pharos.Evaluation.Series;

/// <summary>
/// What the evaluator asks a <see cref="IMetricSeriesSource"/> for: the metric-event query (key with
/// aggregation and filters, or selector) over <see cref="Minutes"/> one-minute buckets starting at
/// <see cref="From"/> (minute-aligned, UTC). A bucket is identified by its start.
/// </summary>
public sealed record MetricSeriesQuery(MetricQueryDefinition Definition, DateTimeOffset From, int Minutes)
{
    public DateTimeOffset To => From.AddMinutes(Minutes);
}

/// <summary>
/// One split series: its dimensions and one value per minute of the query (NaN where the minute has no data).
/// </summary>
public sealed record MinuteSeries(SeriesDimensions Dimensions, ReadOnlyMemory<double> Values);

/// <summary>
/// The answer to a <see cref="MetricSeriesQuery"/>. <see cref="Error"/> is set when the query cannot be
/// answered (unknown metric, unsupported selector); the evaluator then leaves that metric event's state
/// untouched for the minute instead of treating the series as missing.
/// </summary>
public sealed record MetricSeriesResult(IReadOnlyList<MinuteSeries> Series, string? Error = null, string? MetricDisplayName = null)
{
    public static MetricSeriesResult Empty { get; } = new([]);

    public static MetricSeriesResult Failed(string error) => new([], error);

    public bool IsError => Error is not null;
}

/// <summary>
/// Where the evaluator reads stored data. The local environment implements it over its metric store and
/// query engine; alert tests use <see cref="InMemoryMetricSeriesSource"/>.
/// </summary>
public interface IMetricSeriesSource
{
    ValueTask<MetricSeriesResult> QueryAsync(MetricSeriesQuery query, CancellationToken cancellationToken);
}
