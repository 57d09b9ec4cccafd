using System.Text.Json.Serialization;
using Pharos.Dynatrace.Common;

namespace Pharos.Dynatrace.Slos;

/// <summary><c>SLOs</c>: the item array is called <c>slo</c>.</summary>
internal sealed record SlosPage : IPage<Slo>
{
    public IReadOnlyList<Slo> Slo { get; init => field = value ?? []; } = [];

    public int TotalCount { get; init; }

    public int? PageSize { get; init; }

    public string? NextPageKey { get; init; }

    [JsonIgnore]
    public IReadOnlyList<Slo> PageItems => Slo;
}
