using Pharos.Core.Diagnostics;
using Pharos.Local.Selectors;

namespace Pharos.Local.Entities;

/// <summary>Turns parsed selector calls into entity criteria, reporting unknown or malformed criteria.</summary>
internal static class EntitySelectorBinder
{
    private static readonly string[] Known =
    [
        "type", "entityId", "entityName", "entityName.equals", "entityName.startsWith", "entityName.in", "caseSensitive", "tag", "mzName", "mzId",
    ];

    private static readonly string[] UnsupportedPrefixes =
    [
        "healthState", "firstSeenTms", "fromRelationship", "toRelationship", "fromRelationships", "toRelationships", "not", "entityName.contains",
    ];

    public static List<EntityCriterion> Bind(IReadOnlyList<SelectorCall> calls, string parameter, IDiagnosticSink diagnostics)
    {
        var criteria = new List<EntityCriterion>();
        foreach (var call in calls)
        {
            var criterion = BindOne(call, parameter, diagnostics, caseSensitive: false);
            if (criterion is not null)
            {
                criteria.Add(criterion);
            }
        }

        return criteria;
    }

    private static EntityCriterion? BindOne(SelectorCall call, string parameter, IDiagnosticSink diagnostics, bool caseSensitive)
    {
        if (call.Name == "caseSensitive")
        {
            if (call.Arguments is not [{ Call: { } inner }] || !inner.Name.StartsWith("entityName", StringComparison.Ordinal))
            {
                diagnostics.Add(SelectorDiagnostics.WrongValueCount(parameter, call.Name, call.Column, "one entityName criterion, e.g. caseSensitive(entityName.equals(\"x\"))"));
                return null;
            }

            return BindOne(inner, parameter, diagnostics, caseSensitive: true);
        }

        if (UnsupportedPrefixes.Any(p => call.Name == p || call.Name.StartsWith(p + ".", StringComparison.Ordinal)))
        {
            diagnostics.Add(SelectorDiagnostics.UnsupportedCriterion(parameter, call.Name, call.Column));
            return null;
        }

        if (!Known.Contains(call.Name))
        {
            diagnostics.Add(SelectorDiagnostics.UnknownCriterion(parameter, call.Name, call.Column, Known));
            return null;
        }

        var values = Values(call, parameter, diagnostics);
        if (values is null)
        {
            return null;
        }

        var single = call.Name is "type" or "entityName" or "entityName.equals" or "entityName.startsWith" or "mzName" or "mzId";
        if (values.Count == 0 || (single && values.Count != 1))
        {
            diagnostics.Add(SelectorDiagnostics.WrongValueCount(parameter, call.Name, call.Column, single ? "exactly one value" : "one or more values"));
            return null;
        }

        return call.Name switch
        {
            "type" => new TypeCriterion(values[0]),
            "entityId" => new EntityIdCriterion(values),
            "entityName" => new NameCriterion(NameMatch.Contains, values, caseSensitive),
            "entityName.equals" or "entityName.in" => new NameCriterion(NameMatch.Equals, values, caseSensitive),
            "entityName.startsWith" => new NameCriterion(NameMatch.StartsWith, values, caseSensitive),
            "tag" => new TagCriterion(values.Select(ParseTag).ToList()),
            "mzName" => new ManagementZoneCriterion(values[0], ById: false),
            _ => new ManagementZoneCriterion(values[0], ById: true),
        };
    }

    private static List<string>? Values(SelectorCall call, string parameter, IDiagnosticSink diagnostics)
    {
        var nested = call.Arguments.FirstOrDefault(a => a.Call is not null);
        if (nested is not null)
        {
            diagnostics.Add(SelectorDiagnostics.NestedCallNotAllowed(parameter, call.Name, nested.Column));
            return null;
        }

        return call.Arguments.Select(a => a.Text!).Where(t => t.Length > 0).ToList();
    }

    // [context]key:value — the key may contain '\:' for a literal colon.
    internal static EntityTag ParseTag(string text)
    {
        var context = EntityTag.Contextless;
        if (text.StartsWith('[') && text.IndexOf(']', StringComparison.Ordinal) is var close and > 0)
        {
            context = text[1..close];
            text = text[(close + 1)..];
        }

        var split = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }

            if (text[i] == ':')
            {
                split = i;
                break;
            }
        }

        var key = (split < 0 ? text : text[..split]).Replace("\\:", ":", StringComparison.Ordinal);
        return new EntityTag(context, key, split < 0 ? null : text[(split + 1)..]);
    }
}
