using Pharos.Core.Diagnostics;
using Pharos.Local.Problems;
using Pharos.Local.Selectors;
using Pharos.Local.Storage.Events;

namespace Pharos.Local.Events;

/// <summary>
/// <c>eventSelector</c>: <c>eventType</c>, <c>eventId</c>, <c>correlationId</c>, <c>entityId</c>, <c>status</c>
/// <c>managementZoneId</c> and <c>underMaintenance</c>; values within one criterion are alternatives, criteria
/// combine with AND.
/// </summary>
internal sealed class EventSelector
{
    public const string Parameter = "eventSelector";

    private static readonly string[] Known = ["eventType", "eventId", "correlationId", "entityId", "status", "managementZoneId", "underMaintenance"];
    private static readonly string[] Unsupported = ["suppressAlert", "suppressProblem", "frequentEvent"];
    private static readonly string[] Statuses = ["OPEN", "CLOSED"];
    private static readonly string[] Booleans = ["true", "false"];

    private readonly List<Func<StoredEvent, long, MaintenanceSnapshot, bool>> _predicates;

    private EventSelector(List<Func<StoredEvent, long, MaintenanceSnapshot, bool>> predicates)
    {
        _predicates = predicates;
    }

    public static EventSelector All { get; } = new([]);

    public static (EventSelector? Selector, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text)
    {
        var bag = new DiagnosticBag();
        var predicates = new List<Func<StoredEvent, long, MaintenanceSnapshot, bool>>();
        foreach (var call in SelectorCriteria.ParseKnown(text, Parameter, Known, name => Unsupported.Contains(name) || name.StartsWith("property.", StringComparison.Ordinal), bag))
        {
            var values = call.Arguments.Select(a => a.Text ?? "").Where(v => v.Length > 0).ToList();
            if (values.Count == 0 || call.Arguments.Any(a => a.Call is not null))
            {
                bag.Add(SelectorDiagnostics.WrongValueCount(Parameter, call.Name, call.Column, "one or more plain values"));
                continue;
            }

            if (call.Name == "status" && values.FirstOrDefault(v => !Statuses.Contains(v, StringComparer.OrdinalIgnoreCase)) is { } badStatus)
            {
                bag.Add(SelectorDiagnostics.InvalidValue(Parameter, call.Name, badStatus, call.Column, Statuses));
                continue;
            }

            if (call.Name == "underMaintenance" && values.FirstOrDefault(v => !Booleans.Contains(v, StringComparer.OrdinalIgnoreCase)) is { } badFlag)
            {
                bag.Add(SelectorDiagnostics.InvalidValue(Parameter, call.Name, badFlag, call.Column, Booleans));
                continue;
            }

            predicates.Add(call.Name switch
            {
                "eventType" => (e, _, _) => values.Contains(e.EventType, StringComparer.Ordinal),
                "eventId" => (e, _, _) => values.Contains(e.EventId, StringComparer.Ordinal),
                "correlationId" => (e, _, _) => values.Contains(e.CorrelationId, StringComparer.Ordinal),
                "entityId" => (e, _, _) => values.Contains(e.Entity.Id, StringComparer.OrdinalIgnoreCase),
                "managementZoneId" => (e, _, _) => e.Entity.ManagementZones.Any(z => values.Contains(z.Id, StringComparer.Ordinal)),
                "underMaintenance" => (e, _, maintenance) =>
                    values.Contains(maintenance.IsUnderMaintenance([e.Entity], e.StartMillis) ? "true" : "false", StringComparer.OrdinalIgnoreCase),
                _ => (e, now, _) => values.Contains(e.IsOpen(now) ? "OPEN" : "CLOSED", StringComparer.OrdinalIgnoreCase),
            });
        }

        return bag.HasErrors ? (null, bag.ToSortedList()) : (new EventSelector(predicates), []);
    }

    public bool Matches(StoredEvent stored, long nowMillis, MaintenanceSnapshot maintenance) => _predicates.All(p => p(stored, nowMillis, maintenance));
}
