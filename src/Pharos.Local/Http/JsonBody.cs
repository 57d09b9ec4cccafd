using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Pharos.Local.Http;

public enum JsonBodyStatus
{
    Ok,
    Empty,
    Malformed,
    TooLarge,
}

/// <summary>A request body read as JSON; never throws on bad input, the status says what went wrong.</summary>
public readonly record struct JsonBody(JsonBodyStatus Status, JsonElement Root, string? Problem)
{
    public bool IsOk => Status == JsonBodyStatus.Ok;

    public static async Task<JsonBody> ReadAsync(HttpContext context, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        byte[] bytes;
        try
        {
            bytes = await ReadLimitedAsync(context.Request.Body, maxBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new JsonBody(JsonBodyStatus.TooLarge, default, null);
        }
        catch (BadHttpRequestException e)
        {
            return new JsonBody(JsonBodyStatus.Malformed, default, e.Message);
        }

        if (bytes.Length > maxBytes)
        {
            return new JsonBody(JsonBodyStatus.TooLarge, default, null);
        }

        if (bytes.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            return new JsonBody(JsonBodyStatus.Empty, default, null);
        }

        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
            return new JsonBody(JsonBodyStatus.Ok, document.RootElement.Clone(), null);
        }
        catch (JsonException e)
        {
            return new JsonBody(JsonBodyStatus.Malformed, default, e.Message);
        }
    }

    /// <summary>Writes the error answer for a body that is not <see cref="JsonBodyStatus.Ok"/>.</summary>
    public Task WriteErrorAsync(HttpContext context, CancellationToken cancellationToken) => Status switch
    {
        JsonBodyStatus.TooLarge => ApiJson.WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, ApiMessages.PayloadTooLarge, null, cancellationToken),
        JsonBodyStatus.Empty => ApiJson.WriteConstraintsViolatedAsync(
            context, [ConstraintViolation.InBody("", "The request body must not be empty. Send a JSON document.")], cancellationToken),
        _ => ApiJson.WriteErrorAsync(
            context, StatusCodes.Status400BadRequest, $"Could not parse the request body as JSON: {Problem}", null, cancellationToken),
    };

    private static async Task<byte[]> ReadLimitedAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                break;
            }
        }

        return buffer.ToArray();
    }
}
