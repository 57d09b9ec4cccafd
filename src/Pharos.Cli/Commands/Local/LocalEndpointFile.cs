using System.Text.Json;

namespace Pharos.Cli.Commands.Local;

/// <summary>
/// <c>&lt;data&gt;/endpoint.json</c>: where a running <c>pharos local serve</c> (or <c>pharos up</c>) listens,
/// so a later <c>pharos up</c> on the same data folder uses it instead of starting a second one.
/// Written on start, deleted on stop; a stale file is detected by asking the URL.
/// </summary>
internal static class LocalEndpointFile
{
    public const string FileName = "endpoint.json";

    public static void Write(string dataDirectory, Uri baseAddress)
    {
        var path = Path.Combine(dataDirectory, FileName);
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(new Dictionary<string, string> { ["url"] = baseAddress.ToString().TrimEnd('/') }));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    public static void Delete(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>The URL of a local environment that answers on this data folder, or null.</summary>
    public static async Task<string?> FindRunningAsync(string dataDirectory, string token, CancellationToken cancellationToken)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var url = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(path, cancellationToken))?["url"];
            if (url is null)
            {
                return null;
            }

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            using var request = new HttpRequestMessage(HttpMethod.Get, url + "/api/v2/settings/schemas");
            request.Headers.TryAddWithoutValidation("Authorization", "Api-Token " + token);
            using var response = await http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? url : null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException or IOException)
        {
            return null; // Not running any more: start a new one.
        }
    }
}
