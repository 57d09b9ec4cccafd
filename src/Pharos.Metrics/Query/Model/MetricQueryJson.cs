using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Pharos.Metrics.Query.Model;

/// <summary>Writes <see cref="MetricData"/> as Dynatrace does: camelCase, nulls present, quotes left readable.</summary>
public static class MetricQueryJson
{
    private static readonly MetricQueryJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static JsonTypeInfo<MetricData> DataTypeInfo => Context.MetricData;

    public static string Serialize(MetricData data) => JsonSerializer.Serialize(data, DataTypeInfo);

    public static byte[] SerializeToUtf8Bytes(MetricData data) => JsonSerializer.SerializeToUtf8Bytes(data, DataTypeInfo);

    public static Task SerializeAsync(Stream stream, MetricData data, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(stream, data, DataTypeInfo, cancellationToken);
}
