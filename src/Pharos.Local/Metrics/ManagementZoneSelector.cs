using Pharos.Core.Diagnostics;
using Pharos.Local.Entities;
using Pharos.Local.Selectors;

namespace Pharos.Local.Metrics;

/// <summary>
/// The <c>mzSelector</c> of <c>GET /metrics/query</c>: <c>mzId(123,456)</c> and/or <c>mzName("a","b")</c>.
/// The values inside one criterion are alternatives (any of the zones); several criteria must all hold, as
/// Dynatrace documents for the parameter. Written in the shared selector syntax and matched with the same
/// zone criterion as <c>entitySelector</c>'s <c>mzId</c>/<c>mzName</c>, so ids compare exactly and names
/// case-sensitively there and here.
/// </summary>
internal sealed class ManagementZoneSelector
{
    public const string Parameter = "mzSelector";

    private static readonly string[] Known = ["mzId", "mzName"];

    private readonly IReadOnlyList<IReadOnlyList<ManagementZoneCriterion>> _criteria;

    private ManagementZoneSelector(IReadOnlyList<IReadOnlyList<ManagementZoneCriterion>> criteria)
    {
        _criteria = criteria;
    }

    /// <summary>Parses the parameter; never throws. Null with diagnostics (located in <see cref="Parameter"/>) when invalid.</summary>
    public static (ManagementZoneSelector? Selector, IReadOnlyList<Diagnostic> Diagnostics) Parse(string? text)
    {
        var bag = new DiagnosticBag();
        var calls = SelectorSyntax.Parse(text, Parameter, bag);
        if (bag.HasErrors)
        {
            return (null, bag.ToSortedList());
        }

        var criteria = new List<IReadOnlyList<ManagementZoneCriterion>>();
        foreach (var call in calls)
        {
            if (Bind(call, bag) is { } alternatives)
            {
                criteria.Add(alternatives);
            }
        }

        return bag.HasErrors ? (null, bag.ToSortedList()) : (new ManagementZoneSelector(criteria), []);
    }

    /// <summary>The ids of the registered entities that satisfy every criterion; empty when no zone matches.</summary>
    public async Task<IReadOnlySet<string>> ResolveEntityIdsAsync(EntityResolver resolver, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        HashSet<string>? result = null;
        foreach (var alternatives in _criteria)
        {
            var matched = new HashSet<string>(StringComparer.Ordinal);
            foreach (var zone in alternatives)
            {
                var entities = await resolver.ResolveAsync(new EntitySelector([zone]), cancellationToken).ConfigureAwait(false);
                matched.UnionWith(entities.Select(e => e.EntityId));
            }

            if (result is null)
            {
                result = matched;
            }
            else
            {
                result.IntersectWith(matched);
            }
        }

        return result ?? new HashSet<string>(StringComparer.Ordinal);
    }

    private static List<ManagementZoneCriterion>? Bind(SelectorCall call, IDiagnosticSink diagnostics)
    {
        if (!Known.Contains(call.Name, StringComparer.Ordinal))
        {
            diagnostics.Add(SelectorDiagnostics.UnknownCriterion(Parameter, call.Name, call.Column, Known));
            return null;
        }

        if (call.Arguments.FirstOrDefault(a => a.Call is not null) is { } nested)
        {
            diagnostics.Add(SelectorDiagnostics.NestedCallNotAllowed(Parameter, call.Name, nested.Column));
            return null;
        }

        var values = call.Arguments.Select(a => a.Text!).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (values.Count == 0)
        {
            diagnostics.Add(SelectorDiagnostics.WrongValueCount(Parameter, call.Name, call.Column, "one or more values"));
            return null;
        }

        var byId = call.Name == "mzId";
        return values.Select(v => new ManagementZoneCriterion(v, byId)).ToList();
    }
}
