namespace Pharos.Dynatrace.Entities;

/// <summary>
/// <c>GET /entities</c>. <see cref="EntitySelector"/> is required, e.g. <c>type("SERVICE"),tag("team:checkout")</c>.
/// <see cref="Fields"/> are added with '+', e.g. <c>+tags</c> (a bare name gets the '+').
/// </summary>
public sealed record EntityQuery(string EntitySelector)
{
    public string? From { get; init; }

    public string? To { get; init; }

    public IReadOnlyList<string> Fields { get; init => field = value ?? []; } = [];

    public int? PageSize { get; init; }
}
