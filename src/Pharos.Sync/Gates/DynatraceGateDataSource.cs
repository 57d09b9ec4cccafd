using Pharos.Dynatrace;
using Pharos.Dynatrace.Errors;
using Pharos.Dynatrace.Events;
using Pharos.Dynatrace.Metrics;
using Pharos.Dynatrace.Problems;
using Pharos.Dynatrace.Slos;
using Pharos.Gates.Data;

namespace Pharos.Sync.Gates;

/// <summary>
/// The gates' data interface over the Environment API v2 client, for a tenant or <c>pharos local</c>.
/// Reads every page, maps the wire shapes with <see cref="GateWire"/>, and turns every client
/// failure into a <see cref="GateDataException"/> whose message is the client's own (already scrubbed
/// of the token, with no query string). Cancellation passes through unchanged.
/// </summary>
public sealed class DynatraceGateDataSource : IGateDataSource, IEventSender
{
    // Problems carry their evidence so that maintenance can be recognised without a second query.
    private static readonly IReadOnlyList<string> ProblemFields = ["evidenceDetails"];

    private const int ProblemPageSize = 100;
    private const int EventPageSize = 1000;

    // The API's maximum when SLOs are evaluated.
    private const int SloPageSize = 25;

    private readonly DynatraceClient _client;

    public DynatraceGateDataSource(DynatraceClient client)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
    }

    public Task<IReadOnlyList<GateProblem>> GetProblemsAsync(ProblemRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new ProblemQuery
        {
            ProblemSelector = request.ProblemSelector,
            EntitySelector = request.EntitySelector,
            From = GateWire.Millis(request.From),
            To = GateWire.Millis(request.To),
            Fields = ProblemFields,
            PageSize = ProblemPageSize,
        };
        return ReadAsync(async ct =>
        {
            var problems = new List<GateProblem>();
            await foreach (var problem in _client.Problems.ListAsync(query, ct).ConfigureAwait(false))
            {
                problems.Add(GateWire.Problem(problem) ?? throw MissingId("problem", "problemId", request.Describe()));
            }

            return (IReadOnlyList<GateProblem>)problems;
        }, cancellationToken);
    }

    public Task<GateProblem?> GetProblemAsync(string problemId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(problemId);
        return ReadAsync(async ct =>
        {
            var problem = await _client.Problems.GetAsync(problemId, ProblemFields, ct).ConfigureAwait(false);
            return problem is null ? null : GateWire.Problem(problem) ?? throw MissingId("problem", "problemId", $"GET /api/v2/problems/{problemId}");
        }, cancellationToken);
    }

    public Task<IReadOnlyList<GateEvent>> GetEventsAsync(EventRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new EventQuery
        {
            EventSelector = request.EventSelector,
            EntitySelector = request.EntitySelector,
            From = GateWire.Millis(request.From),
            To = GateWire.Millis(request.To),
            PageSize = EventPageSize,
        };
        return ReadAsync(async ct =>
        {
            var events = new List<GateEvent>();
            await foreach (var e in _client.Events.ListAsync(query, ct).ConfigureAwait(false))
            {
                events.Add(GateWire.Event(e));
            }

            return (IReadOnlyList<GateEvent>)events;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<MetricSeriesData>> GetMetricSeriesAsync(MetricRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new MetricQuery(request.MetricSelector)
        {
            EntitySelector = request.EntitySelector,
            From = GateWire.Millis(request.From),
            To = GateWire.Millis(request.To),
            Resolution = request.Resolution,
        };
        return ReadAsync(async ct =>
        {
            var data = await _client.Metrics.QueryAsync(query, ct).ConfigureAwait(false);
            return (IReadOnlyList<MetricSeriesData>)GateWire.Series(data).ToList();
        }, cancellationToken);
    }

    public Task<IReadOnlyList<GateSlo>> GetSlosAsync(SloRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new SloQuery
        {
            SloSelector = request.SloSelector,
            TimeFrame = "CURRENT",
            Evaluate = true,
            PageSize = SloPageSize,
        };
        return ReadAsync(async ct =>
        {
            var slos = new List<GateSlo>();
            await foreach (var slo in _client.Slos.ListAsync(query, ct).ConfigureAwait(false))
            {
                slos.Add(GateWire.Slo(slo) ?? throw MissingId("SLO", "id", request.Describe()));
            }

            return (IReadOnlyList<GateSlo>)slos;
        }, cancellationToken);
    }

    public Task<EventIngestResponse> SendAsync(EventIngestRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ReadAsync(async ct =>
            GateWire.IngestResponse(await _client.Events.IngestAsync(GateWire.Ingest(request), ct).ConfigureAwait(false)), cancellationToken);
    }

    private static async Task<T> ReadAsync<T>(Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        try
        {
            return await read(cancellationToken).ConfigureAwait(false);
        }
        catch (DynatraceApiException e)
        {
            // The client's message says what failed, the fix and why it stopped; it never holds the
            // token or a query string, so it can be printed in CI logs and reports as is.
            throw new GateDataException(e.Message, e);
        }
    }

    private static GateDataException MissingId(string what, string field, string request) =>
        new($"{request} answered with a {what} without '{field}'; the answer is not what the Environment API v2 documents.");
}
