using System.Text.Json.Serialization;

namespace Pharos.Metrics.Query.Model;

/// <summary>Source-generated serialisation of the query response (camelCase, nulls written).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(MetricData))]
public sealed partial class MetricQueryJsonContext : JsonSerializerContext;
