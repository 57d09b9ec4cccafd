using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Pharos.Core.Diagnostics;
using Pharos.Local.Http;
using Pharos.Metrics.Query;

namespace Pharos.Local.Metrics;

/// <summary>Writes Metrics API answers: bodies with Pharos.Metrics' source-generated JSON, problems as error envelopes.</summary>
internal static class MetricApiResponses
{
    public static async Task WriteAsync<T>(HttpContext context, int statusCode, T body, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = ApiJson.ContentType;
        await JsonSerializer.SerializeAsync(context.Response.Body, body, typeInfo, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// 400 <c>Constraints violated.</c> or 404 with the first problem as message; either way one QUERY
    /// constraint violation per diagnostic, its path the parameter at fault, its message prefixed with the code.
    /// </summary>
    public static Task WriteProblemsAsync(HttpContext context, MetricQueryStatus status, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var violations = DiagnosticViolations.From(diagnostics, ConstraintViolation.Query, MetricApiDiagnostics.SelectorParameter);
        if (status == MetricQueryStatus.NotFound)
        {
            var message = diagnostics.FirstOrDefault(d => d.IsError)?.Message ?? ApiMessages.NotFound;
            return ApiJson.WriteErrorAsync(context, StatusCodes.Status404NotFound, message, violations, cancellationToken);
        }

        return ApiJson.WriteConstraintsViolatedAsync(context, violations, cancellationToken);
    }

    public static Task WriteStoreClosedAsync(HttpContext context, CancellationToken cancellationToken) =>
        ApiJson.WriteErrorAsync(context, StatusCodes.Status503ServiceUnavailable, MetricsMessages.StoreClosed, null, cancellationToken);

    /// <summary>A QUERY violation for each of <paramref name="names"/> the request carries: parameters this environment does not implement.</summary>
    public static List<ConstraintViolation> UnsupportedParameters(HttpRequest request, params string[] names) =>
        names.Where(p => QueryParameters.Get(request, p) is not null)
            .Select(p => ConstraintViolation.InQuery(p, MetricsMessages.UnsupportedParameter(p)))
            .ToList();

    /// <summary>406 unless the client accepts JSON (no Accept header, */*, application/*, or a JSON type).</summary>
    public static bool AcceptsJson(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        if (string.IsNullOrWhiteSpace(accept))
        {
            return true;
        }

        foreach (var range in accept.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var media = range.Split(';', 2)[0].Trim();
            if (media is "*/*" or "application/*" || media.Contains("json", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
