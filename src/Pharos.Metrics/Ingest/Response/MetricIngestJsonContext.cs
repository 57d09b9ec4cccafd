using System.Text.Json.Serialization;

namespace Pharos.Metrics.Ingest.Response;

/// <summary>Source-generated serialisation of the ingest response (camelCase, nulls written).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(MetricIngestResponse))]
public sealed partial class MetricIngestJsonContext : JsonSerializerContext;
