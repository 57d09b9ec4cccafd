using Pharos.Core.Diagnostics;
using Pharos.Local.Selectors;
using Pharos.Local.Storage.Events;

namespace Pharos.Local.Events;

/// <summary>
/// <c>eventSelector</c>: <c>eventType</c>, <c>eventId</c>, <c>correlationId</c>, <c>entityId</c>, <c>status</c>
/// and <c>managementZoneId</c>; values within one criterion are alternatives, criteria combine with AND.
/// </summary>
internal sealed class EventSelector
{
    public const string Parameter = "eventSelector";

    private static readonly string[] Known = ["eventType", "eventId", "correlationId", "entityId", "status", "managementZoneId"];
    private static readonly string[] Unsupported = ["underMaintenance", "suppressAlert", "suppressProblem", "frequentEvent"];
    private static readonly string[] Statuses = ["OPEN", "CLOSED"];

    private readonly List<Func<StoredEvent, long, bool>> _predicates;

    private EventSelector(List<Func<StoredEvent, long, bool>> predicates)
    {
        _predicates = predicates;
    }

    public static EventSelector All { get; } = new([]);

    public static (EventSelector? Selector, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text)
    {
        var bag = new DiagnosticBag();
        var predicates = new List<Func<StoredEvent, long, bool>>();
        foreach (var call in SelectorSyntax.Parse(text, Parameter, bag))
        {
            if (Unsupported.Contains(call.Name) || call.Name.StartsWith("property.", StringComparison.Ordinal))
            {
                bag.Add(SelectorDiagnostics.UnsupportedCriterion(Parameter, call.Name, call.Column));
                continue;
            }

            if (!Known.Contains(call.Name))
            {
                bag.Add(SelectorDiagnostics.UnknownCriterion(Parameter, call.Name, call.Column, Known));
                continue;
            }

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

            predicates.Add(call.Name switch
            {
                "eventType" => (e, _) => values.Contains(e.EventType, StringComparer.Ordinal),
                "eventId" => (e, _) => values.Contains(e.EventId, StringComparer.Ordinal),
                "correlationId" => (e, _) => values.Contains(e.CorrelationId, StringComparer.Ordinal),
                "entityId" => (e, _) => values.Contains(e.Entity.Id, StringComparer.OrdinalIgnoreCase),
                "managementZoneId" => (e, _) => e.Entity.ManagementZones.Any(z => values.Contains(z.Id, StringComparer.Ordinal)),
                _ => (e, now) => values.Contains(e.IsOpen(now) ? "OPEN" : "CLOSED", StringComparer.OrdinalIgnoreCase),
            });
        }

        return bag.HasErrors ? (null, bag.ToSortedList()) : (new EventSelector(predicates), []);
    }

    public bool Matches(StoredEvent stored, long nowMillis) => _predicates.All(p => p(stored, nowMillis));
}
