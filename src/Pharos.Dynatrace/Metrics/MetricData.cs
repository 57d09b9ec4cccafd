using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pharos.Dynatrace.Metrics;

/// <summary>The answer of <c>GET /metrics/query</c>: one collection per metric expression in the selector.</summary>
public sealed record MetricData
{
    public int TotalCount { get; init; }

    public string? Resolution { get; init; }

    public IReadOnlyList<string> Warnings { get; init => field = value ?? []; } = [];

    public IReadOnlyList<MetricSeriesCollection> Result { get; init => field = value ?? []; } = [];
}

public sealed record MetricSeriesCollection
{
    /// <summary>The selector as the API echoes it, transformations included.</summary>
    public string? MetricId { get; init; }

    public double? DataPointCountRatio { get; init; }

    public double? DimensionCountRatio { get; init; }

    public IReadOnlyList<string> Warnings { get; init => field = value ?? []; } = [];

    public IReadOnlyList<MetricSeries> Data { get; init => field = value ?? []; } = [];

    /// <summary>Optional extras such as <c>appliedOptionalFilters</c> and <c>dql</c>.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>
/// One series. <see cref="Values"/> has null for empty slots; each timestamp is the end of its
/// slot. The remainder series has null dimension values.
/// </summary>
public sealed record MetricSeries
{
    public IReadOnlyList<string?> Dimensions { get; init => field = value ?? []; } = [];

    public IReadOnlyDictionary<string, string?> DimensionMap { get; init => field = value ?? new Dictionary<string, string?>(); } = new Dictionary<string, string?>();

    public IReadOnlyList<long> Timestamps { get; init => field = value ?? []; } = [];

    public IReadOnlyList<double?> Values { get; init => field = value ?? []; } = [];
}
