using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace Pharos.Local.Http;

/// <summary>JSON conventions of the Dynatrace API (camelCase, nulls omitted unless a type says otherwise).</summary>
public static class ApiJson
{
    public const string ContentType = "application/json; charset=utf-8";

    // Immutable after construction; shared because building options per call is costly.
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static async Task WriteAsync<T>(HttpContext context, int statusCode, T body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = ContentType;
        await JsonSerializer.SerializeAsync(context.Response.Body, body, Options, cancellationToken).ConfigureAwait(false);
    }

    public static Task WriteErrorAsync(
        HttpContext context,
        int statusCode,
        string message,
        IReadOnlyList<ConstraintViolation>? violations,
        CancellationToken cancellationToken) =>
        WriteAsync(context, statusCode, new ErrorEnvelope(new ApiError(statusCode, message, violations)), cancellationToken);

    /// <summary>400 <c>Constraints violated.</c> with the given violations: the classic validation answer.</summary>
    public static Task WriteConstraintsViolatedAsync(
        HttpContext context,
        IReadOnlyList<ConstraintViolation> violations,
        CancellationToken cancellationToken) =>
        WriteErrorAsync(context, StatusCodes.Status400BadRequest, ApiMessages.ConstraintsViolated, violations, cancellationToken);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = false,
            // Dynatrace writes characters such as ` < > ' verbatim; the default encoder would escape them.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
