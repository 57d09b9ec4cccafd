using Pharos.Core.Diagnostics;
using Pharos.Local.Selectors;
using Pharos.Local.Storage.Problems;

namespace Pharos.Local.Problems;

/// <summary>
/// <c>problemSelector</c>: <c>status</c>, <c>severityLevel</c>, <c>impactLevel</c>, <c>displayId</c>, <c>problemId</c>,
/// <c>text</c> (title contains, case-insensitive), <c>affectedEntities</c>, <c>impactedEntities</c>,
/// <c>affectedEntityTypes</c>, <c>managementZones</c> and <c>underMaintenance</c> (a maintenance window was
/// active on one of the problem's entities when it started). Values within a criterion are alternatives.
/// </summary>
internal sealed class ProblemSelector
{
    public const string Parameter = "problemSelector";

    private static readonly string[] Known =
    [
        "status", "severityLevel", "impactLevel", "displayId", "problemId", "text", "affectedEntities", "impactedEntities",
        "affectedEntityTypes", "managementZones", "managementZoneIds", "underMaintenance",
    ];

    private static readonly string[] Unsupported =
        ["rootCauseEntity", "problemFilterIds", "problemFilterNames", "problemFilterNames.equals", "entityTags"];

    private static readonly Dictionary<string, string[]> Enums = new(StringComparer.Ordinal)
    {
        ["status"] = ["OPEN", "CLOSED"],
        ["severityLevel"] = ["AVAILABILITY", "CUSTOM_ALERT", "ERROR", "INFO", "MONITORING_UNAVAILABLE", "PERFORMANCE", "RESOURCE_CONTENTION"],
        ["impactLevel"] = ["APPLICATION", "ENVIRONMENT", "INFRASTRUCTURE", "SERVICES"],
        ["underMaintenance"] = ["true", "false"],
    };

    private readonly List<Func<StoredProblem, long, MaintenanceSnapshot, bool>> _predicates;

    private ProblemSelector(List<Func<StoredProblem, long, MaintenanceSnapshot, bool>> predicates, bool usesMaintenance)
    {
        _predicates = predicates;
        UsesMaintenance = usesMaintenance;
    }

    public static ProblemSelector All { get; } = new([], false);

    /// <summary>True when matching needs the maintenance windows (<c>underMaintenance</c>).</summary>
    public bool UsesMaintenance { get; }

    public static (ProblemSelector? Selector, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text)
    {
        var bag = new DiagnosticBag();
        var predicates = new List<Func<StoredProblem, long, MaintenanceSnapshot, bool>>();
        var usesMaintenance = false;
        foreach (var call in SelectorCriteria.ParseKnown(text, Parameter, Known, name => Unsupported.Contains(name), bag))
        {
            var values = call.Arguments.Select(a => a.Text ?? "").Where(v => v.Length > 0).ToList();
            if (values.Count == 0 || call.Arguments.Any(a => a.Call is not null))
            {
                bag.Add(SelectorDiagnostics.WrongValueCount(Parameter, call.Name, call.Column, "one or more plain values"));
                continue;
            }

            if (Enums.TryGetValue(call.Name, out var allowed) && values.FirstOrDefault(v => !allowed.Contains(v, StringComparer.OrdinalIgnoreCase)) is { } bad)
            {
                bag.Add(SelectorDiagnostics.InvalidValue(Parameter, call.Name, bad, call.Column, allowed));
                continue;
            }

            predicates.Add(Predicate(call.Name, values));
            usesMaintenance |= call.Name == "underMaintenance";
        }

        return bag.HasErrors ? (null, bag.ToSortedList()) : (new ProblemSelector(predicates, usesMaintenance), []);
    }

    public bool Matches(StoredProblem problem, long nowMillis, MaintenanceSnapshot maintenance) => _predicates.All(p => p(problem, nowMillis, maintenance));

    private static Func<StoredProblem, long, MaintenanceSnapshot, bool> Predicate(string name, List<string> values)
    {
        bool In(string candidate) => values.Contains(candidate, StringComparer.OrdinalIgnoreCase);
        return name switch
        {
            "status" => (p, now, _) => In(p.IsOpen(now) ? "OPEN" : "CLOSED"),
            "severityLevel" => (p, _, _) => In(p.SeverityLevel),
            "impactLevel" => (p, _, _) => In(p.ImpactLevel),
            "displayId" => (p, _, _) => In(p.DisplayId),
            "problemId" => (p, _, _) => In(p.ProblemId),
            "text" => (p, _, _) => values.Any(v => p.Title.Contains(v, StringComparison.OrdinalIgnoreCase)),
            "affectedEntities" or "impactedEntities" => (p, _, _) => p.Entities.Any(e => In(e.Id)),
            "affectedEntityTypes" => (p, _, _) => p.Entities.Any(e => In(e.Type)),
            // The tracker marks problems when an event joins under maintenance; older rows are judged by their start.
            "underMaintenance" => (p, _, maintenance) => In(p.UnderMaintenance || maintenance.IsUnderMaintenance(p.Entities, p.StartMillis) ? "true" : "false"),
            "managementZoneIds" => (p, _, _) => p.Entities.Any(e => e.ManagementZones.Any(z => values.Contains(z.Id, StringComparer.Ordinal))),
            _ => (p, _, _) => p.Entities.Any(e => e.ManagementZones.Any(z => values.Contains(z.Name, StringComparer.Ordinal))),
        };
    }
}
