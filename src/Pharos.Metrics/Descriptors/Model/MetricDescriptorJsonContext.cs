using System.Text.Json.Serialization;

namespace Pharos.Metrics.Descriptors.Model;

/// <summary>Source-generated serialisation of descriptors (camelCase, null fields omitted except nextPageKey).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MetricDescriptorCollection))]
[JsonSerializable(typeof(MetricDescriptor))]
public sealed partial class MetricDescriptorJsonContext : JsonSerializerContext;
