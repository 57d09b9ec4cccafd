using System.Globalization;
using Pharos.Dynatrace.Common;
using Pharos.Dynatrace.Events;
using Pharos.Dynatrace.Metrics;
using Pharos.Dynatrace.Problems;
using Pharos.Dynatrace.Slos;
using Pharos.Gates.Data;

namespace Pharos.Sync.Gates;

/// <summary>
/// Maps the Environment API v2 wire shapes onto the records the gates decide on (docs/gates.md):
/// <c>endTime: -1</c> becomes null, <c>linkedProblemInfo</c> marks a duplicate, MAINTENANCE_WINDOW
/// evidence marks a problem under maintenance, event properties (a key/value list) become a map,
/// UTC milliseconds become <see cref="DateTimeOffset"/>, and every series of every metric result is
/// flattened into one list.
/// </summary>
internal static class GateWire
{
    public const string MaintenanceWindowEvidence = "MAINTENANCE_WINDOW";

    public static string Millis(DateTimeOffset time) => time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    public static DateTimeOffset Time(long millis) => DateTimeOffset.FromUnixTimeMilliseconds(millis);

    /// <summary>Null when the answer named no problem id: such a problem cannot be linked, traced or repeated.</summary>
    public static GateProblem? Problem(Problem problem)
    {
        if (string.IsNullOrEmpty(problem.ProblemId))
        {
            return null;
        }

        return new GateProblem
        {
            ProblemId = problem.ProblemId,
            DisplayId = string.IsNullOrEmpty(problem.DisplayId) ? problem.ProblemId : problem.DisplayId,
            Title = problem.Title ?? "",
            SeverityLevel = problem.SeverityLevel ?? "",
            ImpactLevel = problem.ImpactLevel ?? "",
            Status = problem.Status ?? "",
            StartTime = Time(problem.StartTime),
            // The API sends -1 while the problem is open.
            EndTime = problem.EndTime < 0 ? null : Time(problem.EndTime),
            AffectedEntities = Entities(problem.AffectedEntities),
            ImpactedEntities = Entities(problem.ImpactedEntities),
            RootCauseEntity = Entity(problem.RootCauseEntity),
            LinkedProblemId = string.IsNullOrEmpty(problem.LinkedProblemInfo?.ProblemId) ? null : problem.LinkedProblemInfo.ProblemId,
            LinkedDisplayId = string.IsNullOrEmpty(problem.LinkedProblemInfo?.DisplayId) ? null : problem.LinkedProblemInfo.DisplayId,
            UnderMaintenance = problem.EvidenceDetails?.Details.Any(e =>
                string.Equals(e.EvidenceType, MaintenanceWindowEvidence, StringComparison.OrdinalIgnoreCase)) == true,
        };
    }

    public static GateEvent Event(DynatraceEvent e)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in e.Properties)
        {
            if (!string.IsNullOrEmpty(property.Key))
            {
                // A repeated key keeps its last value, as a map built from the list would.
                properties[property.Key] = property.Value ?? "";
            }
        }

        return new GateEvent
        {
            EventId = e.EventId ?? e.CorrelationId ?? "",
            EventType = e.EventType ?? "",
            Title = e.Title ?? "",
            StartTime = Time(e.StartTime ?? 0),
            EndTime = e.EndTime is { } end and >= 0 ? Time(end) : null,
            Entity = Entity(e.EntityId),
            Properties = properties,
        };
    }

    public static IEnumerable<MetricSeriesData> Series(MetricData data) =>
        data.Result.SelectMany(collection => collection.Data).Select(series => new MetricSeriesData
        {
            Dimensions = series.DimensionMap,
            Timestamps = series.Timestamps.Select(Time).ToList(),
            Values = series.Values,
        });

    public static GateSlo? Slo(Slo slo)
    {
        if (string.IsNullOrEmpty(slo.Id))
        {
            return null;
        }

        return new GateSlo
        {
            Id = slo.Id,
            Name = string.IsNullOrEmpty(slo.Name) ? slo.Id : slo.Name,
            Status = slo.Status ?? "",
            Target = slo.Target,
            Warning = slo.Warning,
            EvaluatedPercentage = slo.EvaluatedPercentage,
            ErrorBudget = slo.ErrorBudget,
            Error = string.IsNullOrEmpty(slo.Error) ? "NONE" : slo.Error,
            Timeframe = slo.Timeframe ?? "",
            BurnRate = slo.ErrorBudgetBurnRate is { } burn
                ? new GateSloBurnRate(burn.BurnRateType ?? "NONE", burn.BurnRateValue, burn.FastBurnThreshold)
                : null,
        };
    }

    public static EventIngest Ingest(EventIngestRequest request) => new(request.EventType, request.Title)
    {
        StartTime = request.StartTime?.ToUnixTimeMilliseconds(),
        EndTime = request.EndTime?.ToUnixTimeMilliseconds(),
        Timeout = request.Timeout,
        EntitySelector = request.EntitySelector,
        Properties = request.Properties,
    };

    public static EventIngestResponse IngestResponse(EventIngestResults results) =>
        new(results.ReportCount, results.Results.Select(r => new EventIngestItem(r.CorrelationId, r.Status ?? "")).ToList());

    private static List<GateEntity> Entities(IEnumerable<EntityStub> stubs) => stubs.Select(Entity).OfType<GateEntity>().ToList();

    private static GateEntity? Entity(EntityStub? stub) =>
        stub?.EntityId?.Id is { Length: > 0 } id ? new GateEntity(id, stub.EntityId.Type ?? "", stub.Name) : null;
}
