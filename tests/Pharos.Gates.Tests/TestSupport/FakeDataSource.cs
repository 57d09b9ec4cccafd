using Pharos.Gates.Data;

namespace Pharos.Gates.Tests.TestSupport;

/// <summary>An environment in memory: each read is answered by a function and recorded.</summary>
internal sealed class FakeDataSource : IGateDataSource
{
    public Func<ProblemRequest, IReadOnlyList<GateProblem>> Problems { get; set; } = _ => [];

    public Func<string, GateProblem?> Problem { get; set; } = _ => null;

    public Func<EventRequest, IReadOnlyList<GateEvent>> Events { get; set; } = _ => [];

    public Func<MetricRequest, IReadOnlyList<MetricSeriesData>> Metrics { get; set; } = _ => [];

    public Func<SloRequest, IReadOnlyList<GateSlo>> Slos { get; set; } = _ => [];

    public List<object> Requests { get; } = [];

    public Task<IReadOnlyList<GateProblem>> GetProblemsAsync(ProblemRequest request, CancellationToken cancellationToken) =>
        Answer(request, () => Problems(request));

    public Task<GateProblem?> GetProblemAsync(string problemId, CancellationToken cancellationToken) =>
        Answer(problemId, () => Problem(problemId));

    public Task<IReadOnlyList<GateEvent>> GetEventsAsync(EventRequest request, CancellationToken cancellationToken) =>
        Answer(request, () => Events(request));

    public Task<IReadOnlyList<MetricSeriesData>> GetMetricSeriesAsync(MetricRequest request, CancellationToken cancellationToken) =>
        Answer(request, () => Metrics(request));

    public Task<IReadOnlyList<GateSlo>> GetSlosAsync(SloRequest request, CancellationToken cancellationToken) =>
        Answer(request, () => Slos(request));

    private Task<T> Answer<T>(object request, Func<T> answer)
    {
        lock (Requests)
        {
            Requests.Add(request);
        }

        return Task.FromResult(answer());
    }
}
