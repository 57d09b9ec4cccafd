namespace Pharos.Local.Entities;

internal abstract record EntityCriterion
{
    public abstract bool Matches(LocalEntity entity);
}

internal sealed record TypeCriterion(string Type) : EntityCriterion
{
    public override bool Matches(LocalEntity entity) => string.Equals(entity.Type, Type, StringComparison.OrdinalIgnoreCase);
}

internal sealed record EntityIdCriterion(IReadOnlyList<string> Ids) : EntityCriterion
{
    public override bool Matches(LocalEntity entity) => Ids.Contains(entity.EntityId, StringComparer.OrdinalIgnoreCase);
}

internal enum NameMatch
{
    Contains,
    Equals,
    StartsWith,
}

internal sealed record NameCriterion(NameMatch Mode, IReadOnlyList<string> Values, bool CaseSensitive) : EntityCriterion
{
    public override bool Matches(LocalEntity entity)
    {
        var comparison = CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        return Values.Any(v => Mode switch
        {
            NameMatch.Equals => string.Equals(entity.DisplayName, v, comparison),
            NameMatch.StartsWith => entity.DisplayName.StartsWith(v, comparison),
            _ => entity.DisplayName.Contains(v, comparison),
        });
    }
}

/// <summary>A tag filter: <c>key</c>, <c>key:value</c> or <c>[context]key:value</c>; all must be present.</summary>
internal sealed record TagCriterion(IReadOnlyList<EntityTag> Tags) : EntityCriterion
{
    public override bool Matches(LocalEntity entity) => Tags.All(filter => entity.Tags.Any(tag =>
        string.Equals(tag.Context, filter.Context, StringComparison.OrdinalIgnoreCase)
        && string.Equals(tag.Key, filter.Key, StringComparison.Ordinal)
        && (filter.Value is null || string.Equals(tag.Value, filter.Value, StringComparison.Ordinal))));
}

internal sealed record ManagementZoneCriterion(string Value, bool ById) : EntityCriterion
{
    public override bool Matches(LocalEntity entity) => entity.ManagementZones.Any(z =>
        ById ? z.Id == Value : string.Equals(z.Name, Value, StringComparison.Ordinal));
}
