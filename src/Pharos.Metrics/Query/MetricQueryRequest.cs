namespace Pharos.Metrics.Query;

/// <summary>
/// The query parameters as received (URL-decoded, not yet parsed). Null means "not given": <c>from</c>
/// defaults to <c>now-2h</c>, <c>to</c> to now, <c>resolution</c> to 120 data points.
/// </summary>
public sealed record MetricQueryRequest(string MetricSelector)
{
    public string? Resolution { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public string? EntitySelector { get; init; }

    /// <summary>
    /// The entities the caller may see (the server resolves <c>mzSelector</c> to them); null means no scope.
    /// Like <see cref="EntitySelector"/> it keeps only stored series with a <c>dt.entity.*</c> value in the set,
    /// before any transformation; when both are given a series needs an entity that is in both.
    /// </summary>
    public IReadOnlySet<string>? ScopeEntityIds { get; init; }
}
