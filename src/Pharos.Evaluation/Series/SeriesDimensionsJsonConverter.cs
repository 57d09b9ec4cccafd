using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pharos.Evaluation.Series;

/// <summary>Writes <see cref="SeriesDimensions"/> as a JSON object <c>{"key":"value"}</c> (sorted), the form kept in state files.</summary>
public sealed class SeriesDimensionsJsonConverter : JsonConverter<SeriesDimensions>
{
    public override SeriesDimensions Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var pairs = JsonSerializer.Deserialize<Dictionary<string, string>>(ref reader, options) ?? [];
        return new SeriesDimensions(pairs);
    }

    public override void Write(Utf8JsonWriter writer, SeriesDimensions value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, text) in value.Pairs)
        {
            writer.WriteString(key, text);
        }

        writer.WriteEndObject();
    }
}
