using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pharos.Dynatrace.Json;

/// <summary>
/// The serialiser settings for every body: camelCase, nulls omitted, and characters such as
/// <c>" &lt; &gt; '</c> written as they are rather than as <c>\u0022</c> (bodies are JSON, never
/// HTML), so a settings value is sent as the catalog wrote it.
/// </summary>
internal static class DynatraceJson
{
    // Immutable once built; building the options per call would be costly.
    public static DynatraceJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
