using System.Text.Json.Serialization;

namespace Pharos.Metrics.Descriptors.Model;

/// <summary>Body of <c>GET /api/v2/metrics</c>; <see cref="NextPageKey"/> is written as null on the last page.</summary>
public sealed record MetricDescriptorCollection(
    long TotalCount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? NextPageKey,
    IReadOnlyList<MetricDescriptor> Metrics);
