using System.Text;
using System.Text.Json;

namespace Pharos.Local.Tests.Infrastructure;

internal static class HttpJson
{
    public static StringContent Content(string json) => new(json, Encoding.UTF8, "application/json");

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string json) =>
        client.PostAsync(path, Content(json));

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string path, string json) =>
        client.PutAsync(path, Content(json));

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static Task<string> TextAsync(this HttpResponseMessage response) => response.Content.ReadAsStringAsync();

    /// <summary>Compact form of a JSON text, for exact comparisons that ignore whitespace.</summary>
    public static string Compact(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement);
    }
}
