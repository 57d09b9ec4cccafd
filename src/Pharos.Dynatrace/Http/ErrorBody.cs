using System.Text;
using System.Text.Json;
using Pharos.Dynatrace.Errors;
using Pharos.Dynatrace.Json;

namespace Pharos.Dynatrace.Http;

/// <summary>Reads the error envelope from a failed answer without ever throwing.</summary>
internal static class ErrorBody
{
    private const int SnippetBytes = 512;

    /// <summary>The envelope's <c>error</c>, or null when the body is not an envelope (HTML from a proxy, empty, …).</summary>
    public static ApiError? TryParse(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, DynatraceJson.Context.ErrorEnvelope)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The start of a body that is not an envelope, for the message; null when empty.</summary>
    public static string? Snippet(byte[] body) =>
        body.Length == 0 ? null : Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, SnippetBytes));
}
