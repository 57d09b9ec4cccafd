using System.Text.Json.Serialization;
using Pharos.Dynatrace.Common;

namespace Pharos.Dynatrace.Events;

/// <summary><c>EventList</c>.</summary>
internal sealed record EventsPage : IPage<DynatraceEvent>
{
    public IReadOnlyList<DynatraceEvent> Events { get; init => field = value ?? []; } = [];

    public int TotalCount { get; init; }

    public int? PageSize { get; init; }

    public string? NextPageKey { get; init; }

    [JsonIgnore]
    public IReadOnlyList<DynatraceEvent> PageItems => Events;
}
