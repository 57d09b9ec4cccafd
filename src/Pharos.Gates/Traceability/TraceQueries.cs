using Pharos.Core.Diagnostics;
using Pharos.Gates.Data;
using Pharos.Gates.Decisions;
using Pharos.Gates.Deployments;
using Pharos.Gates.Diagnostics;

namespace Pharos.Gates.Traceability;

/// <summary>The reads behind <c>pharos trace problem</c> and <c>pharos trace deployments</c>.</summary>
public static class TraceQueries
{
    /// <summary>How far before a problem to look for deployments when the caller does not say.</summary>
    public static readonly TimeSpan DefaultLookback = TimeSpan.FromDays(30);

    /// <summary>
    /// Finds the problem (by problem id, or by display id <c>P-…</c> within <paramref name="lookback"/>)
    /// and the latest deployment events on its root-cause and affected entities before it started.
    /// </summary>
    public static async Task<TraceResult<ProblemTrace>> TraceProblemAsync(
        IGateDataSource source,
        string problemId,
        TimeSpan lookback,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var requests = new List<string>();
        try
        {
            var problem = await FindProblemAsync(source, problemId, lookback, clock, requests, cancellationToken).ConfigureAwait(false);
            if (problem is null)
            {
                return new TraceResult<ProblemTrace>(null, requests, [GateDiagnostics.ProblemNotFound(problemId)]);
            }

            var ids = DeploymentTracer.EntityIds(problem);
            if (ids.Count == 0)
            {
                return new TraceResult<ProblemTrace>(DeploymentTracer.TraceProblem(problem, []), requests, []);
            }

            var eventRequest = new EventRequest(
                $"eventType(\"{DeploymentProperties.EventType}\")",
                EntitySelectors.ById(ids),
                problem.StartTime - lookback,
                problem.StartTime);
            requests.Add(eventRequest.Describe());
            var events = await source.GetEventsAsync(eventRequest, cancellationToken).ConfigureAwait(false);
            return new TraceResult<ProblemTrace>(DeploymentTracer.TraceProblem(problem, events), requests, []);
        }
        catch (GateDataException e)
        {
            return new TraceResult<ProblemTrace>(null, requests, [GateDiagnostics.TraceDataUnavailable(e.Message)]);
        }
    }

    /// <summary>The target's deployments in <paramref name="window"/>, each with the problems that followed it (up to now).</summary>
    public static async Task<TraceResult<IReadOnlyList<DeploymentWithProblems>>> DeploymentsAsync(
        IGateDataSource source,
        GateTarget target,
        TimeWindow window,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var requests = new List<string>();
        try
        {
            var eventRequest = new EventRequest($"eventType(\"{DeploymentProperties.EventType}\")", target.EntitySelector, window.From, window.To);
            requests.Add(eventRequest.Describe());
            var events = await source.GetEventsAsync(eventRequest, cancellationToken).ConfigureAwait(false);

            var problemRequest = new ProblemRequest(null, target.EntitySelector, window.From, clock.GetUtcNow());
            requests.Add(problemRequest.Describe());
            var problems = await source.GetProblemsAsync(problemRequest, cancellationToken).ConfigureAwait(false);
            return new TraceResult<IReadOnlyList<DeploymentWithProblems>>(DeploymentHistory.Attribute(events, problems), requests, []);
        }
        catch (GateDataException e)
        {
            return new TraceResult<IReadOnlyList<DeploymentWithProblems>>(null, requests, [GateDiagnostics.TraceDataUnavailable(e.Message)]);
        }
    }

    private static async Task<GateProblem?> FindProblemAsync(
        IGateDataSource source,
        string problemId,
        TimeSpan lookback,
        TimeProvider clock,
        List<string> requests,
        CancellationToken cancellationToken)
    {
        if (!problemId.StartsWith("P-", StringComparison.OrdinalIgnoreCase))
        {
            requests.Add($"GET /api/v2/problems/{problemId}");
            return await source.GetProblemAsync(problemId, cancellationToken).ConfigureAwait(false);
        }

        var now = clock.GetUtcNow();
        var request = new ProblemRequest($"displayId({EntitySelectors.Quote(problemId.ToUpperInvariant())})", null, now - lookback, now);
        requests.Add(request.Describe());
        var matches = await source.GetProblemsAsync(request, cancellationToken).ConfigureAwait(false);
        return matches.FirstOrDefault(p => string.Equals(p.DisplayId, problemId, StringComparison.OrdinalIgnoreCase));
    }
}
