using Pharos.Core.Diagnostics;
using Pharos.Local.Selectors;

namespace Pharos.Local.Entities;

/// <summary>
/// A parsed entity selector: criteria combined with AND. Supports <c>type</c>, <c>entityId</c>,
/// <c>entityName</c> (contains), <c>entityName.equals|startsWith|in</c>, <c>caseSensitive(…)</c>,
/// <c>tag</c> (all listed tags must be present), <c>mzName</c> and <c>mzId</c>. Names match case-insensitively
/// unless wrapped in <c>caseSensitive</c>, as in Dynatrace.
/// </summary>
public sealed class EntitySelector
{
    public const string Parameter = "entitySelector";

    internal EntitySelector(IReadOnlyList<EntityCriterion> criteria)
    {
        Criteria = criteria;
    }

    internal IReadOnlyList<EntityCriterion> Criteria { get; }

    /// <summary>The types named by <c>type(…)</c>, or empty when the selector only names ids.</summary>
    public IReadOnlyList<string> Types => Criteria.OfType<TypeCriterion>().Select(t => t.Type).ToList();

    /// <summary>Parses a selector; never throws. Null with diagnostics when the text is not a valid selector.</summary>
    public static (EntitySelector? Selector, IReadOnlyList<Diagnostic> Diagnostics) Parse(string? text, string parameter = Parameter)
    {
        var bag = new DiagnosticBag();
        var calls = SelectorSyntax.Parse(text, parameter, bag);
        if (bag.HasErrors)
        {
            return (null, bag.ToSortedList());
        }

        var criteria = EntitySelectorBinder.Bind(calls, parameter, bag);
        if (!bag.HasErrors && !criteria.Any(c => c is TypeCriterion or EntityIdCriterion))
        {
            bag.Add(SelectorDiagnostics.MissingTypeOrEntityId(parameter));
        }

        return bag.HasErrors ? (null, bag.ToSortedList()) : (new EntitySelector(criteria), []);
    }

    public bool Matches(LocalEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return Criteria.All(c => c.Matches(entity));
    }

    /// <summary>The single (type, name) the selector pins down exactly, used to create entities on first reference.</summary>
    internal (string Type, string Name)? ExactTypeAndName()
    {
        var types = Criteria.OfType<TypeCriterion>().ToList();
        var names = Criteria.OfType<NameCriterion>().Where(n => n.Mode is NameMatch.Equals or NameMatch.Contains && n.Values.Count == 1).ToList();
        return types.Count == 1 && names.Count == 1 && Criteria.Count == 2 ? (types[0].Type, names[0].Values[0]) : null;
    }

    /// <summary>The ids named by <c>entityId(…)</c> when that is the only criterion besides an optional type.</summary>
    internal IReadOnlyList<string> ExactIds() =>
        Criteria.All(c => c is EntityIdCriterion or TypeCriterion) ? Criteria.OfType<EntityIdCriterion>().SelectMany(c => c.Ids).ToList() : [];
}
