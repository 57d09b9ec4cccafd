using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Pharos.Metrics.Descriptors.Model;

/// <summary>Writes descriptors and descriptor pages as the Dynatrace API does.</summary>
public static class MetricDescriptorJson
{
    private static readonly MetricDescriptorJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static JsonTypeInfo<MetricDescriptorCollection> CollectionTypeInfo => Context.MetricDescriptorCollection;

    public static JsonTypeInfo<MetricDescriptor> DescriptorTypeInfo => Context.MetricDescriptor;

    public static string Serialize(MetricDescriptorCollection collection) => JsonSerializer.Serialize(collection, CollectionTypeInfo);

    public static string Serialize(MetricDescriptor descriptor) => JsonSerializer.Serialize(descriptor, DescriptorTypeInfo);
}
