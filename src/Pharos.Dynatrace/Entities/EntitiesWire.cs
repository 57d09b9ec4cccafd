using System.Text.Json.Serialization;
using Pharos.Dynatrace.Common;

namespace Pharos.Dynatrace.Entities;

internal sealed record EntitiesPage : IPage<Entity>
{
    public IReadOnlyList<Entity> Entities { get; init => field = value ?? []; } = [];

    public int TotalCount { get; init; }

    public int? PageSize { get; init; }

    public string? NextPageKey { get; init; }

    [JsonIgnore]
    public IReadOnlyList<Entity> PageItems => Entities;
}
