namespace Pharos.Gates.Data;

/// <summary>
/// What gates and traceability read from a Dynatrace environment (a tenant or <c>pharos local</c>).
/// Implementations read every page, map the API's wire shapes onto these records and throw
/// <see cref="GateDataException"/> (never anything else, except on cancellation) when the
/// environment cannot answer.
/// </summary>
public interface IGateDataSource
{
    Task<IReadOnlyList<GateProblem>> GetProblemsAsync(ProblemRequest request, CancellationToken cancellationToken);

    /// <summary><c>GET /api/v2/problems/{id}</c>; null when the environment has no such problem (404).</summary>
    Task<GateProblem?> GetProblemAsync(string problemId, CancellationToken cancellationToken);

    Task<IReadOnlyList<GateEvent>> GetEventsAsync(EventRequest request, CancellationToken cancellationToken);

    Task<IReadOnlyList<MetricSeriesData>> GetMetricSeriesAsync(MetricRequest request, CancellationToken cancellationToken);

    Task<IReadOnlyList<GateSlo>> GetSlosAsync(SloRequest request, CancellationToken cancellationToken);
}
