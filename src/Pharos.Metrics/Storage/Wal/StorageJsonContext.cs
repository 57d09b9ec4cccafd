using System.Text.Json.Serialization;

namespace Pharos.Metrics.Storage.Wal;

/// <summary>Metadata settings travel through the log and snapshots as JSON, so new fields need no format change.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MetricMetadataSettings))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
