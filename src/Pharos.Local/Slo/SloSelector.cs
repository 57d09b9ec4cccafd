using Pharos.Core.Diagnostics;
using Pharos.Evaluation.Slo;
using Pharos.Local.Selectors;

namespace Pharos.Local.Slo;

/// <summary>
/// <c>sloSelector</c>: <c>id</c> (exact, any of the values), <c>name</c> (exact, case-insensitive),
/// <c>text</c> (name or description contains, case-insensitive) and <c>healthState</c> (HEALTHY: status SUCCESS
/// or WARNING; UNHEALTHY: FAILURE, which includes an SLO that cannot be evaluated). Criteria combine with AND,
/// values within one criterion with OR. The problem and management-zone criteria are answered with SEL021.
/// </summary>
internal sealed class SloSelector
{
    public const string Parameter = "sloSelector";

    private static readonly string[] Known = ["id", "name", "text", "healthState"];
    private static readonly string[] Unsupported = ["problemDisplayName", "managementZone", "managementZoneID"];
    private static readonly string[] HealthStates = ["HEALTHY", "UNHEALTHY"];

    private readonly List<Func<SloDefinition, bool>> _definitionPredicates;
    private readonly IReadOnlyList<string> _healthStates;

    private SloSelector(List<Func<SloDefinition, bool>> definitionPredicates, IReadOnlyList<string> healthStates)
    {
        _definitionPredicates = definitionPredicates;
        _healthStates = healthStates;
    }

    public static SloSelector All { get; } = new([], []);

    /// <summary>True when matching needs the evaluated status (<c>healthState</c>).</summary>
    public bool NeedsEvaluation => _healthStates.Count > 0;

    public static (SloSelector? Selector, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text)
    {
        var bag = new DiagnosticBag();
        var predicates = new List<Func<SloDefinition, bool>>();
        var health = new List<string>();
        foreach (var call in SelectorCriteria.ParseKnown(text, Parameter, Known, name => Unsupported.Contains(name), bag))
        {
            if (call.Arguments.FirstOrDefault(a => a.Call is not null) is not null)
            {
                bag.Add(SelectorDiagnostics.NestedCallNotAllowed(Parameter, call.Name, call.Column));
                continue;
            }

            var values = call.Arguments.Select(a => a.Text ?? "").Where(v => v.Length > 0).ToList();
            if (values.Count == 0)
            {
                bag.Add(SelectorDiagnostics.WrongValueCount(Parameter, call.Name, call.Column, "one or more values"));
                continue;
            }

            if (call.Name == "healthState")
            {
                if (values.FirstOrDefault(v => !HealthStates.Contains(v, StringComparer.OrdinalIgnoreCase)) is { } bad)
                {
                    bag.Add(SelectorDiagnostics.InvalidValue(Parameter, call.Name, bad, call.Column, HealthStates));
                    continue;
                }

                health.AddRange(values.Select(v => v.ToUpperInvariant()));
                continue;
            }

            predicates.Add(Predicate(call.Name, values));
        }

        return bag.HasErrors ? (null, bag.ToSortedList()) : (new SloSelector(predicates, health), []);
    }

    /// <summary>The criteria that need no evaluation.</summary>
    public bool MatchesDefinition(SloDefinition slo) => _definitionPredicates.All(p => p(slo));

    public bool MatchesHealth(SloEvaluation evaluation) =>
        _healthStates.Count == 0 || _healthStates.Contains(evaluation.Status == SloStatus.Failure ? "UNHEALTHY" : "HEALTHY");

    private static Func<SloDefinition, bool> Predicate(string name, List<string> values) => name switch
    {
        "id" => s => values.Contains(s.ObjectId, StringComparer.Ordinal),
        "name" => s => values.Contains(s.Name, StringComparer.OrdinalIgnoreCase),
        _ => s => values.Any(v => s.Name.Contains(v, StringComparison.OrdinalIgnoreCase)
                                  || (s.CustomDescription?.Contains(v, StringComparison.OrdinalIgnoreCase) ?? false)),
    };
}
