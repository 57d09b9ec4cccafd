using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Pharos.Metrics.Ingest.Response;

/// <summary>
/// Writes the ingest response as Dynatrace does: camelCase, nulls present, and quotes such as
/// <c>'key'</c> left readable rather than escaped to <c>\u0027</c> (the body is JSON, never HTML).
/// </summary>
public static class MetricIngestJson
{
    private static readonly MetricIngestJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static JsonTypeInfo<MetricIngestResponse> ResponseTypeInfo => Context.MetricIngestResponse;

    public static string Serialize(MetricIngestResponse response) => JsonSerializer.Serialize(response, ResponseTypeInfo);

    public static byte[] SerializeToUtf8Bytes(MetricIngestResponse response) => JsonSerializer.SerializeToUtf8Bytes(response, ResponseTypeInfo);

    public static Task SerializeAsync(Stream stream, MetricIngestResponse response, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(stream, response, ResponseTypeInfo, cancellationToken);
}
